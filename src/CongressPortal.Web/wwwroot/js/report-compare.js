// Draws one small chart per key figure on /Reports/Compare from the JSON the page embeds. The table above holds the
// same figures, so the page is complete without JavaScript.
(function () {
    'use strict';
    var source = document.getElementById('compare-data');
    var holder = document.getElementById('compare-charts');
    if (!source || !holder || typeof Chart === 'undefined') return;
    var data = JSON.parse(source.textContent);
    Chart.defaults.font.family = '"Noto Sans CJK SC", "Microsoft YaHei", "PingFang SC", sans-serif';
    Chart.defaults.animation = false;
    data.series.forEach(function (series) {
        var column = document.createElement('div');
        column.className = 'col-md-6 col-xl-4 mb-4';
        var title = document.createElement('h2');
        title.className = 'h6';
        title.textContent = series.label + (series.unit ? '（' + series.unit + '）' : '');
        var box = document.createElement('div');
        box.className = 'compare-chart-box';
        var canvas = document.createElement('canvas');
        canvas.setAttribute('role', 'img');
        canvas.setAttribute('aria-label', series.label + '历年数值的柱状图，数据见上表');
        box.appendChild(canvas);
        column.appendChild(title);
        column.appendChild(box);
        holder.appendChild(column);
        // A count (件, 次, 人 …: every value whole) gets whole-number ticks only; Chart.js would otherwise step by 0.5.
        var whole = series.values.every(function (v) { return v === null || Number.isInteger(v); });
        new Chart(canvas, {
            type: 'bar',
            data: { labels: data.years.map(function (y) { return y + '年'; }), datasets: [{ label: series.label, data: series.values, backgroundColor: '#a61b1b' }] },
            options: {
                responsive: true,
                maintainAspectRatio: false,
                scales: { y: { beginAtZero: true, ticks: whole ? { precision: 0, stepSize: series.values.some(function (v) { return v > 10; }) ? undefined : 1 } : {} } },
                plugins: { legend: { display: false } }
            }
        });
    });
}());
