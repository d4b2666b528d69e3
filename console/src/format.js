// Amounts as the park office writes them (元, 万元) and dates in the service's zone.
const yuanFormat = new Intl.NumberFormat('zh-CN', { minimumFractionDigits: 2, maximumFractionDigits: 2 })
const wanFormat = new Intl.NumberFormat('zh-CN', { maximumFractionDigits: 2 })

function formatsIn(zone) {
  return {
    dateTime: new Intl.DateTimeFormat('zh-CN', {
      timeZone: zone,
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
      hour: '2-digit',
      minute: '2-digit',
      hour12: false,
    }),
    day: new Intl.DateTimeFormat('en-CA', { timeZone: zone, year: 'numeric', month: '2-digit', day: '2-digit' }),
  }
}

// The service's default zone until its own is read (serviceTime.js, before any page is drawn).
let formats = formatsIn('Asia/Shanghai')

export function useZone(zone) {
  formats = formatsIn(zone)
}

export function yuan(value) {
  return value == null ? '—' : `${yuanFormat.format(Number(value))} 元`
}

export function wan(value) {
  return value == null ? '—' : `${wanFormat.format(Number(value) / 10000)} 万元`
}

// The number of 万元, for charts.
export function wanNumber(value) {
  return value == null ? 0 : Math.round(Number(value) / 100) / 100
}

export function percent(fraction) {
  return fraction == null ? '—' : `${(fraction * 100).toFixed(1)}%`
}

export function dateTime(iso) {
  return iso ? formats.dateTime.format(new Date(iso)).replace(/\//g, '-') : '—'
}

// A Date as YYYY-MM-DD in the service's zone.
export function parkDay(when = new Date()) {
  return formats.day.format(when)
}

// A date picker's day (a Date at midnight in the browser's zone) as YYYY-MM-DD.
export function pickedDay(date) {
  const two = (n) => String(n).padStart(2, '0')
  return `${date.getFullYear()}-${two(date.getMonth() + 1)}-${two(date.getDate())}`
}

const WEEKDAYS = ['周日', '周一', '周二', '周三', '周四', '周五', '周六']

// The day of the week of a calendar date as the API gives it ("2026-10-01" → "周四"): a date
// has no zone, so it is read as UTC rather than in the machine's.
export function weekday(day) {
  return WEEKDAYS[new Date(`${day}T00:00:00Z`).getUTCDay()]
}

// A calendar date some days on (or back, if negative): "2026-12-01", -7 → "2026-11-24".
export function daysAfter(day, days) {
  const moved = new Date(`${day}T00:00:00Z`)
  moved.setUTCDate(moved.getUTCDate() + days)
  return moved.toISOString().slice(0, 10)
}

export function monthsAgo(months) {
  const [year, month] = parkDay().split('-').map(Number)
  const start = new Date(Date.UTC(year, month - 1 - months, 1))
  return start.toISOString().slice(0, 10)
}

// A number of 万元 as typed, in yuan, exactly (no floating point): "150.5" → "1505000". Text
// that is no such number goes as it is, for the API to name the field it spoils.
export function yuanOfWan(text) {
  const typed = String(text ?? '').trim()
  const number = /^(-?)(\d*)(?:\.(\d*))?$/.exec(typed)
  if (!number || (number[2] === '' && !number[3])) return typed
  const [, sign, whole, fraction = ''] = number
  const digits = `${whole}${fraction.slice(0, 4).padEnd(4, '0')}`.replace(/^0+(?=\d)/, '')
  const rest = fraction.slice(4)
  return `${sign}${digits}${rest ? `.${rest}` : ''}`
}

// Yuan as the API gives them ("1505000.00"), in 万元 for a form: "150.5".
export function wanOfYuan(yuan) {
  if (yuan == null) return ''
  const [whole, fraction = ''] = String(yuan).split('.')
  const padded = whole.padStart(5, '0')
  const shifted = `${padded.slice(0, -4)}.${padded.slice(-4)}${fraction}`.replace(/\.?0+$/, '')
  return shifted.replace(/^0+(?=\d)/, '')
}
