// Network explorer: draws the party's neighbourhood (GET the URL in #graph's data-src, with the session
// cookie) with Cytoscape.js. Loaded as a file because the Content-Security-Policy allows no inline script.
(function () {
  'use strict';
  function draw() {
    var box = document.getElementById('graph');
    if (!box || typeof cytoscape !== 'function') return;
    var centre = box.getAttribute('data-party');
    fetch(box.getAttribute('data-src'), { credentials: 'same-origin', headers: { 'Accept': 'application/json' } })
      .then(function (r) { if (!r.ok) throw new Error('HTTP ' + r.status); return r.json(); })
      .then(function (g) {
        var elements = [];
        g.nodes.forEach(function (n) {
          elements.push({ data: { id: n.id, label: n.label, kind: n.kind, risk: n.risk, listed: n.listed, centre: n.id === centre } });
        });
        g.edges.forEach(function (e, i) {
          elements.push({ data: { id: 'e' + i, source: e.source, target: e.target, kind: e.kind, records: e.records } });
        });
        var cy = cytoscape({
          container: box,
          elements: elements,
          wheelSensitivity: 0.2,
          style: [
            { selector: 'node', style: { 'label': 'data(label)', 'font-size': 10, 'text-wrap': 'ellipsis', 'text-max-width': 140,
                'color': '#17202b', 'text-valign': 'bottom', 'text-margin-y': 4,
                'background-color': 'mapData(risk, 0, 1, #a9bcd0, #0f2a44)', 'width': 'mapData(risk, 0, 1, 18, 44)', 'height': 'mapData(risk, 0, 1, 18, 44)' } },
            { selector: 'node[?listed]', style: { 'background-color': '#c0392b' } },
            { selector: 'node[kind = "listed"]', style: { 'shape': 'diamond', 'width': 34, 'height': 34, 'font-weight': 'bold', 'color': '#c0392b' } },
            { selector: 'node[?centre]', style: { 'border-width': 4, 'border-color': '#f6ad55', 'font-weight': 'bold', 'font-size': 12 } },
            { selector: 'edge', style: { 'width': 'mapData(records, 1, 20, 1.5, 6)', 'line-color': '#9fb3c8', 'curve-style': 'bezier' } },
            { selector: 'edge[kind = "list_match"]', style: { 'line-style': 'dashed', 'line-color': '#c0392b', 'width': 2 } }
          ],
          layout: { name: 'cose', animate: false, nodeRepulsion: 9000, idealEdgeLength: 90, padding: 30 }
        });
        cy.on('tap', 'node', function (evt) {
          var d = evt.target.data();
          window.location.href = (d.kind === 'listed' ? '/entities/' : '/parties/') + encodeURIComponent(d.id);
        });
        box.setAttribute('data-ready', String(g.nodes.length));
      })
      .catch(function (err) {
        box.textContent = 'The network could not be drawn (' + err.message + '); the table beside lists the same parties.';
        box.setAttribute('data-ready', 'error');
      });
  }
  if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', draw); else draw();
})();
