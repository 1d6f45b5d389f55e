// papergraph neighbourhood graphs, drawn with Cytoscape.js (served from the cytoscape WebJar).
// Used by the explorer (interactive: expand, filter) and by concept pages (read-only view).
(function () {
  'use strict';
  const TYPES = ['Method', 'Model', 'Dataset', 'Task', 'Metric', 'Concept'];

  function colour(type) {
    const value = getComputedStyle(document.documentElement).getPropertyValue('--' + type).trim();
    return value || '#8c8c8c';
  }

  function style() {
    const byType = TYPES.map(t => ({ selector: 'node[type = "' + t + '"]', style: { 'background-color': colour(t) } }));
    return [
      { selector: 'node', style: {
          'label': 'data(label)', 'font-size': 11, 'text-valign': 'bottom', 'text-margin-y': 4,
          'color': '#1f2328', 'text-outline-color': '#fff', 'text-outline-width': 2,
          'width': 'mapData(size, 0, 1, 16, 46)', 'height': 'mapData(size, 0, 1, 16, 46)' } },
      ...byType,
      { selector: 'node.center', style: { 'border-width': 3, 'border-color': '#1f2328' } },
      { selector: 'node:selected', style: { 'border-width': 3, 'border-color': '#0b5cad' } },
      { selector: 'edge', style: {
          'width': 'mapData(weight, 1, 10, 1, 6)', 'line-color': '#c9ced6', 'curve-style': 'bezier', 'opacity': 0.8 } },
      { selector: 'edge[relation != "coOccurrence"]', style: {
          'line-color': '#57606a', 'target-arrow-color': '#57606a', 'target-arrow-shape': 'triangle', 'width': 1.6,
          'label': 'data(relation)', 'font-size': 9, 'color': '#57606a', 'text-rotation': 'autorotate',
          'text-background-color': '#fff', 'text-background-opacity': 1 } },
      { selector: '.hidden', style: { 'display': 'none' } },
    ];
  }

  function size(support) {
    return Math.min(1, Math.log(1 + (support || 0)) / Math.log(200));
  }

  async function fetchNeighbourhood(iri, limit) {
    const response = await fetch('/api/concept/neighbourhood?limit=' + limit + '&iri=' + encodeURIComponent(iri));
    if (!response.ok) {
      throw new Error((await response.json()).error || response.statusText);
    }
    return response.json();
  }

  function create(container, options) {
    options = options || {};
    const limit = options.limit || 40; // strongest co-occurrences fetched per concept
    const cy = cytoscape({ container, style: style(), wheelSensitivity: 0.3, minZoom: 0.2, maxZoom: 3 });
    const filter = { types: new Set(TYPES), minSupport: 0 };
    const expanded = new Set();

    function applyFilter() {
      cy.nodes().forEach(n => {
        const keep = n.hasClass('center') || (filter.types.has(n.data('type')) && n.data('support') >= filter.minSupport);
        n.toggleClass('hidden', !keep);
      });
      container.dataset.visibleNodes = cy.nodes(':visible').length;
    }

    // A first neighbourhood is a star: one ring around the concept. An expansion places only
    // the new nodes, on a ring around the expanded one, so what the user has seen stays where it was.
    function layout(first, around, added) {
      if (first) {
        cy.layout({ name: 'concentric', concentric: n => (n.hasClass('center') ? 2 : 1), levelWidth: () => 1,
          minNodeSpacing: 50, animate: false }).run();
      } else if (added.length > 0) {
        const origin = around.position();
        const radius = 110 + 12 * added.length;
        added.forEach((node, i) => {
          const angle = (2 * Math.PI * i) / added.length;
          node.position({ x: origin.x + radius * Math.cos(angle), y: origin.y + radius * Math.sin(angle) });
        });
      }
      cy.fit(undefined, 30);
      if (cy.zoom() > 1.2) { // a small neighbourhood would otherwise be blown up to fill the view
        cy.zoom(1.2);
        cy.center();
      }
    }

    function add(data, first) {
      const added = [];
      data.nodes.forEach(n => {
        if (cy.getElementById(n.id).empty()) {
          added.push({ group: 'nodes', data: { id: n.id, label: n.label, type: n.type, support: n.support, page: n.page, size: size(n.support) } });
        }
      });
      data.edges.forEach(e => {
        if (cy.getElementById(e.id).empty()) {
          added.push({ group: 'edges', data: { id: e.id, source: e.source, target: e.target, relation: e.relation, weight: e.weight } });
        }
      });
      const newNodes = cy.add(added).nodes();
      expanded.add(data.concept);
      if (first) {
        cy.getElementById(data.concept).addClass('center');
      }
      applyFilter();
      layout(first, cy.getElementById(data.concept), newNodes);
      container.dataset.nodes = cy.nodes().length;
      container.dataset.edges = cy.edges().length;
      return newNodes.length;
    }

    async function load(iri) {
      cy.elements().remove();
      expanded.clear();
      const data = await fetchNeighbourhood(iri, limit);
      add(data, true);
      return data;
    }

    async function expand(iri) {
      if (expanded.has(iri)) {
        return 0;
      }
      return add(await fetchNeighbourhood(iri, limit), false);
    }

    cy.on('tap', 'node', evt => options.onSelect && options.onSelect(evt.target.data()));
    cy.on('dbltap', 'node', evt => expand(evt.target.id()));

    return {
      cy, load, expand,
      setTypes(types) { filter.types = new Set(types); applyFilter(); },
      setMinSupport(value) { filter.minSupport = value; applyFilter(); },
    };
  }

  // Concept pages: every .graph[data-concept] shows that concept's neighbourhood; a click opens a page.
  function mountAll() {
    document.querySelectorAll('.graph[data-concept]').forEach(el => {
      const graph = create(el, { limit: Number(el.dataset.limit) || 40,
        onSelect: node => { if (node.page) { window.location.href = node.page; } } });
      graph.load(el.dataset.concept).catch(err => { el.textContent = 'Could not load the graph: ' + err.message; });
    });
  }

  window.PapergraphGraph = { create, mountAll, TYPES, colour };
})();
