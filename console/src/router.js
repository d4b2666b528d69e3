import { createRouter, createWebHistory } from 'vue-router'

import { loadServiceTime } from './serviceTime.js'
import { homeOf, loadSession, session } from './session.js'

const page = (path, title, component, props = {}) => ({ path, meta: { title }, component, props })

// Each role has its own home; a page of another role sends the user to their own.
const routes = [
  { path: '/login', component: () => import('./pages/Login.vue'), meta: { public: true, title: '登录' } },
  { path: '/register', component: () => import('./pages/Register.vue'), meta: { public: true, title: '企业注册' } },
  {
    path: '/officer',
    component: () => import('./layouts/OfficerLayout.vue'),
    meta: { role: 'OFFICER' },
    redirect: '/officer/dashboard',
    children: [
      page('dashboard', '工作台', () => import('./pages/officer/Dashboard.vue')),
      page('companies', '企业', () => import('./pages/officer/Companies.vue')),
      page('companies/:id', '企业详情', () => import('./pages/officer/CompanyDetail.vue')),
      page('needs', '需求', () => import('./pages/officer/Needs.vue')),
      page('matching', '匹配', () => import('./pages/officer/Matching.vue')),
      page('drives', '招聘会', () => import('./pages/officer/Drives.vue')),
      page('audit', '操作记录', () => import('./pages/officer/Audit.vue')),
      page('exports', '导出', () => import('./pages/officer/Exports.vue')),
    ],
  },
  {
    path: '/bank',
    component: () => import('./layouts/BankLayout.vue'),
    meta: { role: 'BANK_MANAGER' },
    redirect: '/bank/leads',
    children: [
      page('leads', '线索', () => import('./pages/bank/Leads.vue')),
      page('products', '信贷产品', () => import('./pages/bank/Products.vue')),
    ],
  },
  {
    path: '/company',
    component: () => import('./layouts/CompanyLayout.vue'),
    meta: { role: 'COMPANY' },
    redirect: '/company/profile',
    children: [
      page('profile', '企业信息', () => import('./pages/company/Profile.vue')),
      page('financing', '融资需求', () => import('./pages/company/Needs.vue'), { kind: 'financing' }),
      page('hiring', '招聘需求', () => import('./pages/company/Needs.vue'), { kind: 'hiring' }),
      page('consents', '银行对接授权', () => import('./pages/company/Consents.vue')),
    ],
  },
  {
    path: '/admin',
    component: () => import('./layouts/AdminLayout.vue'),
    meta: { role: 'ADMIN' },
    redirect: '/admin/users',
    children: [
      page('users', '用户', () => import('./pages/admin/Users.vue')),
      page('parks', '园区', () => import('./pages/admin/Parks.vue')),
      page('banks', '银行', () => import('./pages/admin/Banks.vue')),
      page('lpr', '贷款市场报价利率 LPR', () => import('./pages/admin/Lpr.vue')),
      page('holidays', '节假日', () => import('./pages/admin/Holidays.vue')),
    ],
  },
  { path: '/:rest(.*)*', redirect: '/' },
]

export const router = createRouter({ history: createWebHistory(), routes })

router.beforeEach(async (to) => {
  const [user] = await Promise.all([loadSession(), loadServiceTime()])
  if (to.meta.public) return user && to.path === '/login' ? homeOf(user) : true
  if (!user) return { path: '/login', query: to.fullPath === '/' ? {} : { redirect: to.fullPath } }
  const role = to.matched.find((record) => record.meta.role)?.meta.role
  if (role !== user.role) return homeOf(user)
  return true
})

router.afterEach((to) => {
  document.title = `${to.meta.title ?? ''} · ParkMatch 园区企业服务平台`
  session.expired = session.expired && to.path === '/login'
})
