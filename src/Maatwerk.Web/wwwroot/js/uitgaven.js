// The spending chart on /Verantwoording/Uitgaven: the data come from the canvas's data-uitgaven attribute (the CSP allows
// no inline scripts); Chart.js is loaded from /lib/chartjs. Without JavaScript the tables on the page show the same figures.
(function () {
    'use strict';
    function teken() {
        var canvas = document.getElementById('uitgaven-grafiek');
        if (!canvas || typeof Chart === 'undefined') return;
        var data = JSON.parse(canvas.getAttribute('data-uitgaven'));
        var euro = function (c) { return c / 100; };
        new Chart(canvas, {
            type: 'bar',
            data: {
                labels: data.maanden,
                datasets: [
                    { type: 'line', label: 'Toegewezen', data: data.toegewezen.map(euro), borderColor: '#01689b', backgroundColor: '#01689b' },
                    { type: 'line', label: 'Budget (TR369)', data: (data.budget || []).map(euro), borderColor: '#e17000', backgroundColor: '#e17000', borderDash: [6, 4] },
                    { label: 'Ingediend', data: data.ingediend.map(euro), backgroundColor: '#b2d7ee' },
                    { label: 'Goedgekeurd', data: data.goedgekeurd.map(euro), backgroundColor: '#39870c' },
                    { label: 'Betaald', data: data.betaald.map(euro), backgroundColor: '#275937' }
                ]
            },
            options: {
                responsive: true,
                plugins: { title: { display: true, text: 'Uitgaven ' + data.jaar + ' per maand (€)' } },
                scales: { y: { beginAtZero: true } }
            }
        });
    }
    if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', teken); else teken();
})();
