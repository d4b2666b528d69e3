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

// A row's action (verify, retire, withdraw, …): `change` makes the request; then what was done is
// said and the list read again (`refresh`); an error is said instead.
export async function act(change, done, refresh) {
  try {
    await change()
    notifyDone(done)
    await refresh?.()
  } catch (error) {
    notifyError(error)
  }
}
