// Chinese names of the API's codes (DOMAIN.md): the codes stay as they are on the wire.
export const SIZE_CLASS = { MICRO: '微型', SMALL: '小型', MEDIUM: '中型', LARGE: '大型' }
export const COLLATERAL = {
  CREDIT: '信用',
  MORTGAGE: '抵押',
  PLEDGE: '质押',
  IP_PLEDGE: '知识产权质押',
  GUARANTEE: '保证',
  RECEIVABLES: '应收账款质押',
}
export const TECH_DESIGNATION = { HIGH_TECH: '高新技术企业', TECH_SME: '科技型中小企业' }
export const ROLE_CATEGORY = {
  ENGINEERING_RD: '研发/工程技术',
  SKILLED_TRADES: '技术工人',
  PRODUCTION: '普工/生产操作',
  SALES_MARKETING: '销售/市场',
  MANAGEMENT: '经营管理',
  OFFICE_ADMIN: '行政/办事人员',
  SERVICES: '服务人员',
}
export const EDUCATION = {
  NONE: '不限',
  JUNIOR_HIGH: '初中',
  HIGH_SCHOOL: '高中/中专',
  VOCATIONAL_COLLEGE: '大专',
  BACHELOR: '本科',
  MASTER: '硕士',
  DOCTORATE: '博士',
}
export const MATCH_KIND = { FINANCING: '融资对接', RECRUITMENT: '招聘对接' }
export const NEED_STATUS = { OPEN: '待匹配', MATCHED: '已匹配', FULFILLED: '已解决', WITHDRAWN: '已撤回' }
export const PROPOSAL_STATUS = {
  PROPOSED: '待审核',
  CONFIRMED: '已确认',
  REJECTED: '已驳回',
  SUPERSEDED: '已失效',
  COMPLETED: '已完成',
  DECLINED: '未成功',
}
// A proposal as its company and its bank follow it, from CONFIRMED on.
export const LOAN_STATUS = { CONFIRMED: '待放款', COMPLETED: '已放款', DECLINED: '未放款' }
export const CONSENT_STATUS = { PENDING: '待企业授权', GIVEN: '企业已授权', PREAUTHORISED: '园区预先授权', DECLINED: '企业已拒绝' }
export const RATE_BASIS = { FIXED: '固定利率', LPR_1Y: 'LPR（1年期）加点', LPR_5Y: 'LPR（5年期以上）加点' }
export const SERVICE_CLOCK = { FIRST_PROPOSAL: '首次推荐', CONSENT: '企业授权', BANK_RESPONSE: '银行响应', OUTCOME: '结果登记' }
export const HIRING_STATUS = { CONFIRMED: '待参会', COMPLETED: '已招聘', DECLINED: '未招到' }
export const ROUND_STAGE = { QUEUED: '排队', LOAD: '加载', BUILD: '构建', SOLVE: '求解', STORE: '保存' }
export const ROUND_STATE = {
  RUNNING: '运行中',
  PREVIEWED: '试算完成',
  PUBLISHED: '已发布',
  FAILED: '失败',
  TIMED_OUT: '已超时',
  CANCELLED: '已取消',
}
export const DRIVE_STATUS = { OPEN: '报名中', CLOSED: '已结束' }
export const ROLE = { COMPANY: '企业', BANK_MANAGER: '银行客户经理', OFFICER: '园区工作人员', ADMIN: '管理员' }
export const INDUSTRY = {
  A: '农、林、牧、渔业',
  B: '采矿业',
  C: '制造业',
  D: '电力、热力、燃气及水生产和供应业',
  E: '建筑业',
  F: '批发和零售业',
  G: '交通运输、仓储和邮政业',
  H: '住宿和餐饮业',
  I: '信息传输、软件和信息技术服务业',
  J: '金融业',
  K: '房地产业',
  L: '租赁和商务服务业',
  M: '科学研究和技术服务业',
  N: '水利、环境和公共设施管理业',
  O: '居民服务、修理和其他服务业',
  P: '教育',
  Q: '卫生和社会工作',
  R: '文化、体育和娱乐业',
  S: '公共管理、社会保障和社会组织',
  T: '国际组织',
}
// Score components of MATCHING.md.
export const SCORE_TERM = {
  rate: '利率',
  amount_fit: '额度匹配',
  term_fit: '期限匹配',
  urgency: '紧迫程度',
  policy: '政策优先',
  preference: '银行偏好',
  skills: '技能匹配',
  headcount: '招聘规模',
  timing: '时间匹配',
  industry: '行业匹配',
}
export const AUDIT_ACTION = {
  COMPANY_REGISTERED: '企业注册',
  COMPANY_UPDATED: '企业信息修改',
  COMPANY_VERIFIED: '企业认证',
  NEED_POSTED: '发布需求',
  NEED_WITHDRAWN: '撤回需求',
  PRODUCT_LISTED: '产品上架',
  PRODUCT_UPDATED: '产品修改',
  PRODUCT_RETIRED: '产品下架',
  DRIVE_CREATED: '创建招聘会',
  DRIVE_UPDATED: '修改招聘会',
  DRIVE_CLOSED: '结束招聘会',
  ROUND_STARTED: '发起匹配轮次',
  ROUND_PUBLISHED: '发布匹配轮次',
  ROUND_CANCELLED: '取消匹配轮次',
  ROUND_FAILED: '匹配轮次失败',
  ROUND_TIMED_OUT: '匹配轮次超时',
  PARK_SETTINGS_UPDATED: '修改园区设置',
  PROPOSAL_CONFIRMED: '确认匹配',
  PROPOSAL_REJECTED: '驳回匹配',
  PROPOSAL_COMPLETED: '登记成功',
  PROPOSAL_DECLINED: '登记未成功',
  PROPOSAL_SUPERSEDED: '匹配失效',
  PARK_CREATED: '创建园区',
  BANK_CREATED: '创建银行',
  USER_CREATED: '创建用户',
  USER_DEACTIVATED: '停用用户',
  USER_REACTIVATED: '启用用户',
}
export const OBJECT_TYPE = {
  Company: '企业',
  FinancingNeed: '融资需求',
  HiringNeed: '用工需求',
  CreditProduct: '信贷产品',
  RecruitmentDrive: '招聘会',
  MatchRound: '匹配轮次',
  Proposal: '匹配建议',
  Park: '园区',
  Bank: '银行',
  User: '用户',
}

export const label = (table, code) => table[code] ?? code
export const outcomeText = (proposal) =>
  label(proposal.kind === 'RECRUITMENT' ? HIRING_STATUS : LOAN_STATUS, proposal.status)
export const options = (table) => Object.entries(table).map(([value, text]) => ({ value, label: text }))
