import { createRouter, createWebHistory } from 'vue-router'

import { homeOf, loadSession, session } from './session.js'

const officer = (path, title, page) => ({ path, meta: { title }, component: page })

// Each role has its own home; a page of another role sends the user to their own.
const routes = [
  { path: '/login', component: () => import('./pages/Login.vue'), meta: { public: true, title: '登录' } },
  {
    path: '/officer',
    component: () => import('./layouts/OfficerLayout.vue'),
    meta: { role: 'OFFICER' },
    redirect: '/officer/dashboard',
    children: [
      officer('dashboard', '工作台', () => import('./pages/officer/Dashboard.vue')),
      officer('companies', '企业', () => import('./pages/officer/Companies.vue')),
      officer('companies/:id', '企业详情', () => import('./pages/officer/CompanyDetail.vue')),
      officer('needs', '需求', () => import('./pages/officer/Needs.vue')),
      officer('matching', '匹配', () => import('./pages/officer/Matching.vue')),
      officer('drives', '招聘会', () => import('./pages/officer/Drives.vue')),
      officer('audit', '操作记录', () => import('./pages/officer/Audit.vue')),
      officer('exports', '导出', () => import('./pages/officer/Exports.vue')),
    ],
  },
  { path: '/bank', component: () => import('./pages/RoleHome.vue'), meta: { role: 'BANK_MANAGER', title: '银行客户经理' } },
  { path: '/company', component: () => import('./pages/RoleHome.vue'), meta: { role: 'COMPANY', title: '企业' } },
  {
    path: '/admin',
    component: () => import('./layouts/AdminLayout.vue'),
    meta: { role: 'ADMIN' },
    redirect: '/admin/users',
    children: [
      { path: 'users', meta: { title: '用户' }, component: () => import('./pages/admin/Users.vue') },
      { path: 'parks', meta: { title: '园区' }, component: () => import('./pages/admin/Parks.vue') },
      { path: 'banks', meta: { title: '银行' }, component: () => import('./pages/admin/Banks.vue') },
    ],
  },
  { path: '/:rest(.*)*', redirect: '/' },
]

export const router = createRouter({ history: createWebHistory(), routes })

router.beforeEach(async (to) => {
  const user = await loadSession()
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
