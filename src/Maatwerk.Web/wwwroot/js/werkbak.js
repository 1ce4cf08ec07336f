// The obligations trend on the contract manager's start page: the data come from the canvas's data-trend attribute (the
// CSP allows no inline scripts); Chart.js is loaded from /lib/chartjs. Without JavaScript the table shows the same figures.
(function () {
    'use strict';
    function teken() {
        var canvas = document.getElementById('trend-grafiek');
        if (!canvas || typeof Chart === 'undefined') return;
        var data = JSON.parse(canvas.getAttribute('data-trend'));
        new Chart(canvas, {
            type: 'bar',
            data: {
                labels: data.maanden,
                datasets: [
                    { label: 'Op tijd voldaan', data: data.voldaan, backgroundColor: '#39870c' },
                    { label: 'Te laat', data: data.teLaat, backgroundColor: '#a01c12' }
                ]
            },
            options: { responsive: true, scales: { x: { stacked: true }, y: { stacked: true, beginAtZero: true, ticks: { precision: 0 } } } }
        });
    }
    if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', teken); else teken();
})();
