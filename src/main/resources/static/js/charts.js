// Charts of the monitoring and statistics pages, drawn with Chart.js from the JSON API (/api/v1/statistics) with
// the same filters as the page. Every chart has a table with its numbers next to it; the chart only adds a picture.
// <canvas data-chart="trend|colours|provinces" data-source="/api/v1/statistics?..." data-label-*="...">
(() => {
  const palette = { red: '#dc3545', yellow: '#e0a800', green: '#198754', blue: '#0d6efd', grey: '#6c757d' };
  const percent = (rate) => (rate === null || rate === undefined ? null : Math.round(rate * 1000) / 10);

  const builders = {
    // Reports received per month (bars) and the follow-up rate (line, right axis).
    trend: (canvas, data) => ({
      type: 'bar',
      data: {
        labels: data.groups.map((group) => group.key),
        datasets: [
          { type: 'bar', label: canvas.dataset.labelReceived, data: data.groups.map((group) => group.received),
            backgroundColor: palette.blue, yAxisID: 'y' },
          { type: 'line', label: canvas.dataset.labelRate, data: data.groups.map((group) => percent(group.followUpRate)),
            borderColor: palette.green, backgroundColor: palette.green, yAxisID: 'rate', spanGaps: true },
        ],
      },
      options: {
        maintainAspectRatio: false,
        scales: {
          y: { beginAtZero: true, ticks: { precision: 0 } },
          rate: { position: 'right', min: 0, max: 100, grid: { drawOnChartArea: false },
            ticks: { callback: (value) => `${value}%` } },
        },
      },
    }),
    // The red / yellow / green distribution of the period's reports.
    colours: (canvas, data) => ({
      type: 'doughnut',
      data: {
        labels: [canvas.dataset.labelRed, canvas.dataset.labelYellow, canvas.dataset.labelGreen],
        datasets: [{
          data: [data.totals.red + data.totals.unverified, data.totals.yellow, data.totals.green],
          backgroundColor: [palette.red, palette.yellow, palette.green],
        }],
      },
      options: { maintainAspectRatio: false, plugins: { legend: { position: 'bottom' } } },
    }),
    // Follow-up rate per province, best first.
    provinces: (canvas, data) => {
      const groups = data.groups.filter((group) => group.followUpRate !== null)
        .sort((a, b) => b.followUpRate - a.followUpRate);
      return {
        type: 'bar',
        data: {
          labels: groups.map((group) => group.name),
          datasets: [{ label: canvas.dataset.labelRate, data: groups.map((group) => percent(group.followUpRate)),
            backgroundColor: palette.green }],
        },
        options: {
          indexAxis: 'y',
          maintainAspectRatio: false,
          scales: { x: { min: 0, max: 100, ticks: { callback: (value) => `${value}%` } } },
          plugins: { legend: { display: false } },
        },
      };
    },
  };

  const draw = async (canvas) => {
    try {
      const response = await fetch(canvas.dataset.source,
        { headers: { Accept: 'application/json' }, credentials: 'same-origin' });
      if (!response.ok) {
        throw new Error(`HTTP ${response.status}`);
      }
      const data = await response.json();
      new Chart(canvas, builders[canvas.dataset.chart](canvas, data)); // eslint-disable-line no-new
      canvas.dataset.drawn = 'true';
    } catch (error) {
      const note = document.createElement('p');
      note.className = 'small text-body-secondary';
      note.textContent = canvas.dataset.error;
      canvas.replaceWith(note);
    }
  };

  document.addEventListener('DOMContentLoaded', () => {
    if (typeof Chart === 'undefined') {
      return;
    }
    Chart.defaults.animation = false;
    document.querySelectorAll('canvas[data-chart]').forEach(draw);
  });
})();
