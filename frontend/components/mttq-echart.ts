// A small custom element around Apache ECharts for the portal's Java chart component (EChart.java).
// It receives a typed model (title, categories, series), never raw ECharts options, so text from the
// database cannot smuggle formatters or HTML in: the only HTML ECharts renders is the tooltip, and
// our tooltip formatter escapes every text it shows.
import * as echarts from 'echarts/core';
import { BarChart, LineChart, MapChart } from 'echarts/charts';
import { GridComponent, LegendComponent, TitleComponent, TooltipComponent, VisualMapComponent } from 'echarts/components';
import { CanvasRenderer } from 'echarts/renderers';

echarts.use([BarChart, LineChart, MapChart, GridComponent, LegendComponent, TitleComponent, TooltipComponent, VisualMapComponent,
  CanvasRenderer]);

interface Series { name: string; values: number[]; tone?: string | null; }
interface ChartModel { title: string; categories: string[]; series: Series[]; horizontal: boolean; kind?: string; geoJson?: string | null;
  suffix?: string; }

const esc = (text: unknown) => echarts.format.encodeHTML(String(text ?? ''));

class MttqEChart extends HTMLElement {
  private instance?: echarts.ECharts;
  private observer?: ResizeObserver;
  private current?: ChartModel;

  set model(value: ChartModel | undefined) {
    this.current = value;
    this.draw();
  }

  get model() {
    return this.current;
  }

  connectedCallback() {
    if (!this.style.display) {
      this.style.display = 'block';
    }
    this.instance = echarts.init(this);
    this.instance.on('click', (p: any) => {
      this.dispatchEvent(new CustomEvent('chart-click', {
        detail: { category: String(p.name ?? ''), series: String(p.seriesName ?? ''), index: Number(p.dataIndex ?? -1) }
      }));
    });
    // Follow the layout (drawer opening, window resizing) without a reload.
    this.observer = new ResizeObserver(() => this.instance?.resize());
    this.observer.observe(this);
    this.draw();
  }

  disconnectedCallback() {
    this.observer?.disconnect();
    this.instance?.dispose();
    this.instance = undefined;
  }

  /** For tests and keyboard users: show the tooltip of one category. */
  showTip(dataIndex: number) {
    this.instance?.dispatchAction({ type: 'showTip', seriesIndex: 0, dataIndex });
  }

  /** A portal colour (CSS custom property, possibly oklch) as sRGB, which ECharts' canvas understands. */
  private themeColour(property: string): string | undefined {
    const css = getComputedStyle(this).getPropertyValue(property).trim();
    const ctx = css ? document.createElement('canvas').getContext('2d') : null;
    if (!ctx) {
      return undefined;
    }
    ctx.fillStyle = css;
    ctx.fillRect(0, 0, 1, 1);
    const [r, g, b] = ctx.getImageData(0, 0, 1, 1).data;
    return `rgb(${r}, ${g}, ${b})`;
  }

  private mapName?: string;
  private mapSource?: string;

  /** The uploaded boundaries, registered once per distinct GeoJSON text (it is parsed, never evaluated). */
  private registerMap(geoJson: string): string {
    if (this.mapSource !== geoJson) {
      this.mapSource = geoJson;
      this.mapName = 'units-' + Math.random().toString(36).slice(2);
      echarts.registerMap(this.mapName, JSON.parse(geoJson));
    }
    return this.mapName!;
  }

  private drawMap(m: ChartModel) {
    const values = m.series[0]?.values ?? [];
    const max = Math.max(1, ...values);
    this.instance!.setOption({
      title: { text: m.title, left: 'center', textStyle: { fontSize: 15 } },
      tooltip: { trigger: 'item', formatter: (p: any) => '<b>' + esc(p.name) + '</b><br/>' + esc(m.series[0]?.name) + ': '
          + esc(Number.isFinite(p.value) ? p.value : 0) },
      visualMap: { min: 0, max, left: 8, bottom: 8, calculable: true,
        inRange: { color: ['#fde8e4', this.themeColour('--portal-state-red') ?? '#b3261e'] } },
      textStyle: { fontFamily: getComputedStyle(this).fontFamily },
      series: [{ type: 'map', map: this.registerMap(m.geoJson!), roam: false, name: m.series[0]?.name,
        label: { show: true, fontSize: 10 },
        data: m.categories.map((c, i) => ({ name: c, value: values[i] })) }]
    }, true);
    this.setAttribute('data-rendered', String(m.categories.length));
  }

  private draw() {
    const m = this.current;
    if (!this.instance || !m) {
      return;
    }
    if (m.kind === 'map' && m.geoJson) {
      this.drawMap(m);
      return;
    }
    const suffix = m.suffix ?? '';
    const line = m.kind === 'line';
    const category = { type: 'category' as const, data: m.categories, axisLabel: { interval: 0, rotate: m.horizontal || line ? 0 : 30 } };
    const value = { type: 'value' as const, minInterval: 1, max: suffix === '%' ? 100 : undefined };
    this.instance.setOption({
      title: { text: m.title, left: 'center', textStyle: { fontSize: 15 } },
      tooltip: {
        trigger: 'axis',
        axisPointer: { type: line ? 'line' : 'shadow' },
        formatter: (params: any) => {
          const list = Array.isArray(params) ? params : [params];
          return '<b>' + esc(list[0]?.name) + '</b>'
            + list.map((p: any) => '<br/>' + p.marker + esc(p.seriesName) + ': ' + esc(p.value) + esc(suffix)).join('');
        }
      },
      // one scrolling line of legend under the plot, with room kept for it: wrapped legends ran over the axis labels (issue 22)
      legend: { type: 'scroll', bottom: 0, data: m.series.map(s => s.name) },
      grid: { left: 8, right: 24, top: 40, bottom: 44, containLabel: true },
      xAxis: m.horizontal ? value : category,
      yAxis: m.horizontal ? category : value,
      textStyle: { fontFamily: getComputedStyle(this).fontFamily },
      series: m.series.map(s => ({ type: line ? 'line' : 'bar', name: s.name, data: s.values,
        itemStyle: s.tone ? { color: this.themeColour(s.tone) } : undefined,
        label: { show: true, position: m.horizontal ? 'right' : 'top', formatter: (p: any) => p.value + suffix } }))
    }, true);
    this.setAttribute('data-rendered', String(m.categories.length));
  }
}

customElements.define('mttq-echart', MttqEChart);
