// The charts of the OCO-4.7 report (/Clientondersteuning/Rapportages/Details): the figures come from the canvas's
// data-rapportage attribute (the CSP allows no inline scripts); Chart.js is loaded from /lib/chartjs. Without JavaScript
// the table on the page shows the same figures.
(function () {
    'use strict';
    function staaf(canvas, reeks, titel, kleur, liggend) {
        new Chart(canvas, {
            type: 'bar',
            data: { labels: reeks.labels, datasets: [{ label: titel, data: reeks.waarden, backgroundColor: kleur }] },
            options: {
                responsive: true,
                indexAxis: liggend ? 'y' : 'x',
                plugins: { title: { display: true, text: titel }, legend: { display: false } },
                scales: { x: { beginAtZero: true }, y: { beginAtZero: true } }
            }
        });
    }
    function teken() {
        var aantallen = document.getElementById('rapportage-aantallen');
        var domeinen = document.getElementById('rapportage-levensdomeinen');
        if (!aantallen || typeof Chart === 'undefined') return;
        var data = JSON.parse(aantallen.getAttribute('data-rapportage'));
        staaf(aantallen, data.aantallen, 'Aantallen in de periode', '#01689b', true);
        if (domeinen) staaf(domeinen, data.levensdomeinen, 'Meldingen per levensdomein (h)', '#39870c', false);
    }
    if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', teken); else teken();
})();
