// Draws the charts of /Staff/Suggestions/Stats from the JSON the page embeds. The table below the charts
// holds the same figures, so the page is complete without JavaScript.
(function () {
    'use strict';
    var source = document.getElementById('stats-data');
    if (!source || typeof Chart === 'undefined') return;
    var data = JSON.parse(source.textContent);
    var palette = ['#1a7f37', '#0969da', '#bf8700', '#8c959f', '#8250df', '#cf222e'];
    Chart.defaults.font.family = '"Noto Sans CJK SC", "Microsoft YaHei", "PingFang SC", sans-serif';
    Chart.defaults.animation = false;

    var classCanvas = document.getElementById('class-chart');
    if (classCanvas) {
        new Chart(classCanvas, {
            type: 'bar',
            data: {
                labels: data.labels,
                datasets: data.classes.map(function (c, i) {
                    return { label: c.label, data: c.data, backgroundColor: palette[i % palette.length] };
                })
            },
            options: {
                responsive: true,
                maintainAspectRatio: false,
                scales: { x: { stacked: true, ticks: { autoSkip: false, maxRotation: 60 } }, y: { stacked: true, beginAtZero: true, ticks: { precision: 0 } } },
                plugins: { legend: { position: 'bottom' } }
            }
        });
    }

    var satisfactionCanvas = document.getElementById('satisfaction-chart');
    if (satisfactionCanvas) {
        new Chart(satisfactionCanvas, {
            type: 'doughnut',
            data: {
                labels: ['满意', '基本满意', '不满意', '未评价'],
                datasets: [{ data: data.satisfaction, backgroundColor: ['#1a7f37', '#0969da', '#cf222e', '#8c959f'] }]
            },
            options: { responsive: true, maintainAspectRatio: false, plugins: { legend: { position: 'bottom' } } }
        });
    }
}());
