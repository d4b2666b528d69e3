import 'element-plus/es/components/message/style/css'
import 'element-plus/es/components/notification/style/css'

import { ElMessage, ElNotification } from 'element-plus'

export function notifyError(error) {
  ElMessage({ type: 'error', message: error.message, showClose: true })
}

export function notifyDone(message) {
  ElMessage({ type: 'success', message })
}

export function notifyLive(title, message) {
  ElNotification({ title, message, type: 'info', position: 'bottom-right', duration: 6000 })
}
