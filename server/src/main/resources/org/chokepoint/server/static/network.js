// Network explorer: draws a party's neighbourhood (GET the URL in #graph's data-src, with the session cookie)
// with Cytoscape.js, fills the side panel with the clicked node or link, and highlights supply paths to listed
// end users. Loaded as a file because the Content-Security-Policy allows no inline script. Text goes into the
// page through textContent only.
(function () {
  'use strict';
  var TIER = { '1': '#6a3d9a', '2': '#1f78b4', '3.A': '#2f9e44', '3.B': '#8fbf3f', '4.A': '#ff7f00', '4.B': '#a65628',
    'arms': '#222222', 'UAV': '#d6338a', 'aircraft parts': '#17a2b8' };
  var NO_TIER = '#c3ccd6';
  var COMMUNITY = ['#8ecae6', '#ffc857', '#95d5b2', '#cdb4db', '#f4a261', '#a3b18a', '#ffafcc', '#b8c0ff'];
  var NO_COMMUNITY = '#dfe5ec';

  function money(v) {
    if (v >= 1e9) return '$' + (v / 1e9).toFixed(1) + 'bn';
    if (v >= 1e6) return '$' + (v / 1e6).toFixed(1) + 'M';
    if (v >= 1e3) return '$' + Math.round(v / 1e3) + 'k';
    return '$' + Math.round(v);
  }

  function el(tag, text, cls) {
    var e = document.createElement(tag);
    if (text !== undefined && text !== null) e.textContent = text;
    if (cls) e.className = cls;
    return e;
  }

  function link(text, href, cls) {
    var a = el('a', text, cls);
    a.href = href;
    return a;
  }

  function showNode(panel, d) {
    panel.textContent = '';
    var record = d.kind === 'listed_entity';
    panel.appendChild(el('p', record ? 'List record' : (d.centre ? 'Party in focus' : 'Party'), 'eyebrow'));
    panel.appendChild(el('h2', d.label));
    var meta = el('div', null, 'meta');
    if (!record) {
      var score = el('span', null, 'score');
      var m = document.createElement('meter');
      m.min = 0; m.max = 1; m.low = 0.5; m.high = 0.8; m.optimum = 0; m.value = d.risk;
      score.appendChild(m);
      score.appendChild(el('span', Number(d.risk).toFixed(2), 'num'));
      meta.appendChild(score);
      if (d.rank) meta.appendChild(el('span', 'rank ' + d.rank, 'chip'));
    }
    if (d.country) meta.appendChild(el('span', d.country, 'chip'));
    if (d.listed) meta.appendChild(el('span', record ? 'listed' : 'listed or matches a list', 'chip chip-list'));
    panel.appendChild(meta);
    if (record) {
      panel.appendChild(el('p', 'An entry of a sanctions or export-control list that a party of the run matches.', 'hint'));
      panel.appendChild(link('Open the listed entity →', '/entities/' + encodeURIComponent(d.id), 'more'));
      return;
    }
    panel.appendChild(el('h3', 'Red flags'));
    if (!d.flags || d.flags.length === 0) panel.appendChild(el('p', 'None raised.', 'empty'));
    else {
      var ul = el('ul', null, 'plain flags');
      d.flags.forEach(function (f) {
        var li = el('li', f.title);
        li.appendChild(el('span', ' · ' + f.records + ' record(s)', 'muted'));
        ul.appendChild(li);
      });
      panel.appendChild(ul);
    }
    if (d.communityRank) panel.appendChild(el('p', 'Community #' + d.communityRank + ' (fill colour).', 'hint'));
    if (d.explanation) panel.appendChild(el('p', d.explanation, 'hint'));
    if (d.party_id) {
      panel.appendChild(link('Open the party page →', '/parties/' + encodeURIComponent(d.party_id), 'more'));
      if (!d.centre) panel.appendChild(link('Centre the network here', '/network?party=' + encodeURIComponent(d.party_id), 'more'));
    }
  }

  function showEdge(panel, d, cy) {
    panel.textContent = '';
    var s = cy.getElementById(d.source).data('label'), t = cy.getElementById(d.target).data('label');
    if (d.relation === 'trade') {
      panel.appendChild(el('p', 'Sales', 'eyebrow'));
      panel.appendChild(el('h2', s + ' → ' + t));
      var tb = el('table', null, 'compact');
      [['Value', money(d.value_usd)], ['Goods of concern', money(d.chpl_value_usd)], ['Main tier', d.concern_label || 'none'],
        ['Shipments', String(d.shipments)], ['HS-6', d.hs6 || '']].forEach(function (r) {
        var tr = el('tr');
        tr.appendChild(el('td', r[0], 'muted'));
        tr.appendChild(el('td', r[1]));
        tb.appendChild(tr);
      });
      panel.appendChild(tb);
    } else {
      panel.appendChild(el('p', d.relation === 'list_match' ? 'List match' : 'Shared ' + d.relation.replace('shared_', ''), 'eyebrow'));
      panel.appendChild(el('h2', s + ' — ' + t));
      if (d.detail) panel.appendChild(el('p', (d.relation === 'list_match' ? 'Match score ' : '') + d.detail, 'mono'));
    }
  }

  function highlight(cy, paths) {
    // A party on no supplier chain: nothing to pick out, so nothing is faded.
    if (!paths || paths.length === 0) return;
    cy.elements().removeClass('onpath').addClass('faded');
    paths.forEach(function (p) {
      var keys = p.keys || [];
      for (var i = 0; i < keys.length; i++) {
        if (!keys[i]) continue;
        cy.getElementById(keys[i]).removeClass('faded').addClass('onpath');
        if (i + 1 < keys.length && keys[i + 1]) {
          cy.edges('[source = "' + keys[i].replace(/"/g, '') + '"][target = "' + keys[i + 1].replace(/"/g, '') + '"][relation = "trade"]')
            .removeClass('faded').addClass('onpath');
        }
      }
    });
  }

  function draw() {
    var box = document.getElementById('graph');
    if (!box || typeof cytoscape !== 'function') return;
    if (box.getAttribute('data-mode') === 'records') { drawRecords(box); return; }
    var panel = document.getElementById('panel');
    fetch(box.getAttribute('data-src'), { credentials: 'same-origin', headers: { 'Accept': 'application/json' } })
      .then(function (r) { if (!r.ok) throw new Error('HTTP ' + r.status); return r.json(); })
      .then(function (g) {
        var maxV = 1;
        g.edges.forEach(function (e) { if (e.relation === 'trade' && e.value_usd > maxV) maxV = e.value_usd; });
        var elements = [];
        g.nodes.forEach(function (n) {
          elements.push({ data: { id: n.id, label: n.label, kind: n.kind, risk: n.risk, listed: n.listed, centre: n.id === g.centre,
            fill: n.community > 0 ? COMMUNITY[(n.community - 1) % COMMUNITY.length] : NO_COMMUNITY, communityRank: n.community,
            party_id: n.party_id, rank: n.rank, country: n.country, flags: n.red_flags || [], explanation: n.explanation,
            flagged: (n.red_flags || []).length > 0, distance: n.distance || 0,
            named: n.id === g.centre || n.listed || n.kind === 'listed_entity' || n.risk >= 0.6 || g.nodes.length <= 40 } });
        });
        g.edges.forEach(function (e) {
          var w = e.relation === 'trade' ? 0.8 + 6 * Math.log(1 + e.value_usd) / Math.log(1 + maxV) : 1.5;
          elements.push({ data: { id: e.id, source: e.source, target: e.target, relation: e.relation, width: w,
            colour: e.relation === 'trade' ? (TIER[e.concern] || NO_TIER) : (e.relation === 'list_match' ? '#c0392b' : '#7b61a8'),
            concern: e.relation === 'trade' ? (e.concern || 'none') : null, value_usd: e.value_usd, chpl_value_usd: e.chpl_value_usd, shipments: e.shipments, concern_label: e.concern_label, hs6: e.hs6, detail: e.detail } });
        });
        var cy = cytoscape({
          container: box,
          elements: elements,
          wheelSensitivity: 0.2,
          minZoom: 0.1,
          style: [
            { selector: 'node', style: { 'label': '', 'font-size': 9, 'text-wrap': 'ellipsis', 'text-max-width': 120, 'min-zoomed-font-size': 6,
                'color': '#17202b', 'text-valign': 'bottom', 'text-margin-y': 3, 'background-color': 'data(fill)',
                'text-outline-color': '#fff', 'text-outline-width': 2, 'text-outline-opacity': 0.85,
                'border-width': 1, 'border-color': '#5d6b7a', 'width': 'mapData(risk, 0, 1, 10, 30)', 'height': 'mapData(risk, 0, 1, 10, 30)' } },
            { selector: 'node[?named], node:selected, node.onpath', style: { 'label': 'data(label)' } },
            { selector: 'node[?flagged]', style: { 'border-width': 2, 'border-color': '#0f2a44' } },
            { selector: 'node[kind = "party"][?listed]', style: { 'shape': 'diamond', 'background-color': '#c0392b', 'border-color': '#7a1f16', 'border-width': 2,
                'width': 30, 'height': 30, 'color': '#a3271b', 'font-weight': 'bold', 'font-size': 10, 'z-index': 5 } },
            { selector: 'node[kind = "listed_entity"]', style: { 'shape': 'hexagon', 'background-color': '#fff', 'border-color': '#c0392b', 'border-width': 3,
                'width': 22, 'height': 22, 'color': '#a3271b', 'font-size': 8, 'z-index': 4 } },
            { selector: 'node[?centre]', style: { 'border-width': 5, 'border-color': '#f59e0b', 'font-weight': 'bold', 'font-size': 12, 'z-index': 10, 'width': 36, 'height': 36 } },
            { selector: 'edge', style: { 'width': 'data(width)', 'line-color': 'data(colour)', 'curve-style': 'bezier', 'opacity': 0.85,
                'target-arrow-shape': 'triangle', 'target-arrow-color': 'data(colour)', 'arrow-scale': 0.8 } },
            { selector: 'edge[relation != "trade"]', style: { 'target-arrow-shape': 'none', 'line-style': 'dashed', 'opacity': 0.7 } },
            { selector: 'edge[relation = "list_match"]', style: { 'line-style': 'dotted', 'width': 2 } },
            { selector: '.faded', style: { 'opacity': 0.12 } },
            { selector: 'node.onpath', style: { 'opacity': 1, 'border-width': 4, 'border-color': '#f59e0b' } },
            { selector: 'edge.onpath', style: { 'opacity': 1, 'width': 7, 'z-index': 9 } },
            { selector: ':selected', style: { 'overlay-color': '#1f6feb', 'overlay-opacity': 0.15 } }
          ],
          // Force-directed: partners that trade together end up together; deterministic start so a reload looks the same.
          layout: { name: 'cose', animate: false, randomize: false, padding: 24, nodeRepulsion: function () { return 20000; },
            idealEdgeLength: function () { return 70; }, gravity: 0.4, numIter: g.nodes.length > 400 ? 600 : 1500, nodeDimensionsIncludeLabels: false }
        });
        cy.on('tap', 'node', function (evt) { if (panel) showNode(panel, evt.target.data()); });
        cy.on('tap', 'edge', function (evt) { if (panel) showEdge(panel, evt.target.data(), cy); });
        if (box.getAttribute('data-mode') === 'paths') highlight(cy, g.paths);
        document.querySelectorAll('button.highlight').forEach(function (b) {
          b.addEventListener('click', function () {
            var p = g.paths[Number(b.getAttribute('data-path'))];
            if (p) highlight(cy, [p]);
            document.querySelectorAll('tr[data-path]').forEach(function (tr) { tr.classList.toggle('selected', tr.getAttribute('data-path') === b.getAttribute('data-path')); });
            box.scrollIntoView({ behavior: 'smooth', block: 'center' });
          });
        });
        // Legend entries of goods tiers hide and show their trade lines.
        document.querySelectorAll('li.tier-toggle').forEach(function (li) {
          li.addEventListener('click', function () {
            var off = li.classList.toggle('off');
            cy.edges().filter(function (e) { return e.data('concern') === li.getAttribute('data-tier'); }).style('display', off ? 'none' : 'element');
          });
        });
        var save = document.getElementById('save-png');
        if (save) {
          save.disabled = false;
          save.addEventListener('click', function () {
            var a = document.createElement('a');
            a.href = cy.png({ full: true, bg: '#ffffff', scale: 2 });
            a.download = 'network-' + (box.getAttribute('data-party') || 'party') + '.png';
            document.body.appendChild(a);
            a.click();
            a.remove();
          });
        }
        box.setAttribute('data-ready', String(g.nodes.length));
        // The drawn graph, for the browser tests (DeskBrowserIT) and for a curious analyst in the console.
        window.chokepointNetwork = cy;
      })
      .catch(function (err) {
        box.textContent = 'The network could not be drawn (' + err.message + '); the supply paths below list the same chains.';
        box.setAttribute('data-ready', 'error');
      });
  }

  // Findings without network files: parties linked by shared shipment records.
  function drawRecords(box) {
    fetch(box.getAttribute('data-src'), { credentials: 'same-origin', headers: { 'Accept': 'application/json' } })
      .then(function (r) { if (!r.ok) throw new Error('HTTP ' + r.status); return r.json(); })
      .then(function (g) {
        var centre = box.getAttribute('data-party');
        var elements = [];
        g.nodes.forEach(function (n) {
          elements.push({ data: { id: n.id, label: n.label, kind: n.kind, risk: n.risk, listed: n.listed, centre: n.id === centre } });
        });
        g.edges.forEach(function (e, i) {
          elements.push({ data: { id: 'e' + i, source: e.source, target: e.target, kind: e.kind, records: e.records } });
        });
        var cy = cytoscape({
          container: box, elements: elements, wheelSensitivity: 0.2,
          style: [
            { selector: 'node', style: { 'label': 'data(label)', 'font-size': 10, 'text-wrap': 'ellipsis', 'text-max-width': 140, 'color': '#17202b',
                'text-valign': 'bottom', 'text-margin-y': 4, 'background-color': 'mapData(risk, 0, 1, #a9bcd0, #0f2a44)',
                'width': 'mapData(risk, 0, 1, 18, 44)', 'height': 'mapData(risk, 0, 1, 18, 44)' } },
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
        box.textContent = 'The network could not be drawn (' + err.message + ').';
        box.setAttribute('data-ready', 'error');
      });
  }

  if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', draw); else draw();
})();
