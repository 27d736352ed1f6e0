// Draws the charts page's figures with the vendored ECharts (no CDN: government networks are often offline).
(function () {
  function data(id) { return JSON.parse(document.getElementById(id + "-data").textContent); }
  const font = { fontFamily: "Noto Sans CJK SC, sans-serif" };
  const monthlyEl = document.getElementById("chart-monthly");
  if (monthlyEl) {
    const d = data("chart-monthly");
    echarts.init(monthlyEl).setOption({
      textStyle: font, tooltip: { trigger: "axis" }, legend: { top: 0 }, grid: { left: 40, right: 20, top: 40, bottom: 30 },
      xAxis: { type: "category", data: d.months }, yAxis: { type: "value", minInterval: 1, name: "件" },
      series: d.series.map(s => ({ name: s.name, type: "line", data: s.data, smooth: true })),
    });
  }
  const departmentsEl = document.getElementById("chart-departments");
  if (departmentsEl) {
    const d = data("chart-departments");
    echarts.init(departmentsEl).setOption({
      textStyle: font, tooltip: { trigger: "axis" }, legend: { top: 0 }, grid: { left: 40, right: 20, top: 40, bottom: 60 },
      xAxis: { type: "category", data: d.departments, axisLabel: { interval: 0, rotate: 20 } }, yAxis: { type: "value", minInterval: 1, name: "件" },
      series: [
        { name: "受理", type: "bar", data: d.opened },
        { name: "办结", type: "bar", data: d.closed },
        { name: "当前超期", type: "bar", data: d.overdue, itemStyle: { color: "#9f1c1c" } },
      ],
    });
  }
  // Shares in per cent by module and month: 满意率 and 最多跑一次 (a month with nothing counted is a gap).
  function shareLines(id) {
    const el = document.getElementById(id);
    if (!el) return;
    const d = data(id);
    echarts.init(el).setOption({
      textStyle: font, tooltip: { trigger: "axis", valueFormatter: v => v == null ? "—" : v + "%" }, legend: { top: 0 },
      grid: { left: 48, right: 20, top: 40, bottom: 30 },
      xAxis: { type: "category", data: d.months }, yAxis: { type: "value", min: 0, max: 100, name: "%" },
      series: d.series.map(s => ({ name: s.name, type: "line", data: s.data, connectNulls: false })),
    });
  }
  shareLines("chart-satisfaction");
  shareLines("chart-trips");
  const compressionEl = document.getElementById("chart-compression");
  if (compressionEl) {
    const d = data("chart-compression");
    echarts.init(compressionEl).setOption({
      textStyle: font, tooltip: { trigger: "axis", valueFormatter: v => v == null ? "—" : v + "%" }, legend: { top: 0 },
      grid: { left: 48, right: 20, top: 40, bottom: 60 },
      xAxis: { type: "category", data: d.departments, axisLabel: { interval: 0, rotate: 20 } }, yAxis: { type: "value", min: 0, max: 100, name: "%" },
      series: [
        { name: "全部事项", type: "bar", data: d.all },
        { name: "涉企事项", type: "bar", data: d.enterprise },
      ],
    });
  }
  document.body.dataset.charts = "drawn";
  window.addEventListener("resize", () => document.querySelectorAll("[data-chart]").forEach(el => echarts.getInstanceByDom(el)?.resize()));
})();
