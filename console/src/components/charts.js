// ECharts, only the parts the dashboard draws; this module (and ECharts) loads with the
// dashboard alone. Tooltips are drawn on the canvas: HTML tooltips would need inline styles,
// which the Content-Security-Policy refuses.
import { BarChart, LineChart, PieChart } from 'echarts/charts'
import { GridComponent, LegendComponent, TitleComponent, TooltipComponent } from 'echarts/components'
import { init, use } from 'echarts/core'
import { CanvasRenderer } from 'echarts/renderers'

use([BarChart, LineChart, PieChart, GridComponent, LegendComponent, TitleComponent, TooltipComponent, CanvasRenderer])

export function draw(element, option) {
  const chart = init(element, null, { renderer: 'canvas' })
  chart.setOption({ tooltip: { trigger: 'axis', renderMode: 'richText' }, animation: false, ...option })
  return chart
}
