// papergraph explorer: concept search, neighbourhood graph, SPARQL editor. No framework, no CDN.
(function () {
  'use strict';
  const $ = id => document.getElementById(id);
  const state = { graph: null, selected: null, searchSeq: 0 };

  // ---- tabs (the #query hash opens the editor, so pages can link to it)
  function show(view) {
    document.querySelectorAll('.tabs button').forEach(b => b.classList.toggle('active', b.dataset.view === view));
    $('view-explore').hidden = view !== 'explore';
    $('view-query').hidden = view !== 'query';
    if (view === 'explore' && state.graph) { state.graph.cy.resize(); }
  }
  document.querySelectorAll('.tabs button').forEach(b => b.addEventListener('click', () => {
    history.replaceState(null, '', b.dataset.view === 'query' ? '#query' : '#');
    show(b.dataset.view);
  }));

  // ---- search as you type
  function debounce(fn, ms) {
    let timer;
    return (...args) => { clearTimeout(timer); timer = setTimeout(() => fn(...args), ms); };
  }

  async function search(text) {
    const seq = ++state.searchSeq;
    const list = $('results');
    if (text.trim().length === 0) { list.replaceChildren(); return; }
    const response = await fetch('/api/search?limit=15&q=' + encodeURIComponent(text));
    const data = await response.json();
    if (seq !== state.searchSeq) { return; } // a newer keystroke won
    list.replaceChildren(...(data.results || []).map(r => {
      const li = document.createElement('li');
      li.dataset.iri = r.id;
      const name = document.createElement('span');
      name.textContent = r.label;
      if (r.matched && r.matched !== r.label) {
        const alias = document.createElement('span');
        alias.className = 'alias';
        alias.textContent = ' (' + r.matched + ')';
        name.append(alias);
      }
      const badge = document.createElement('span');
      badge.className = 'badge t-' + r.type;
      badge.textContent = r.type + ' · ' + r.support;
      li.append(name, badge);
      li.addEventListener('click', () => open(r.id, li));
      return li;
    }));
    if (list.children.length === 0) {
      const li = document.createElement('li');
      li.className = 'muted';
      li.textContent = 'No concept matches.';
      list.append(li);
    }
  }
  $('search').addEventListener('input', debounce(e => search(e.target.value), 150));
  $('search').addEventListener('keydown', e => {
    const first = $('results').querySelector('li[data-iri]');
    if (e.key === 'Enter' && first) { open(first.dataset.iri, first); }
  });

  // ---- graph
  function graph() {
    if (!state.graph) {
      state.graph = PapergraphGraph.create($('graph'), { onSelect: select });
    }
    return state.graph;
  }

  async function open(iri, li) {
    document.querySelectorAll('#results li').forEach(x => x.classList.toggle('selected', x === li));
    history.replaceState(null, '', '#concept=' + encodeURIComponent(iri)); // a link to this view
    $('hint').hidden = true;
    const data = await graph().load(iri);
    select(data.nodes[0]);
  }

  function select(node) {
    state.selected = node;
    $('details').hidden = false;
    $('details-label').textContent = node.label;
    $('details-type').textContent = node.type;
    $('details-type').className = 'badge t-' + node.type;
    $('details-support').textContent = 'support ' + node.support;
    $('details-page').href = node.page;
  }
  $('expand').addEventListener('click', () => state.selected && graph().expand(state.selected.id));

  // ---- filters
  PapergraphGraph.TYPES.filter(t => t !== 'Concept').forEach(type => {
    const label = document.createElement('label');
    const box = document.createElement('input');
    box.type = 'checkbox';
    box.checked = true;
    box.value = type;
    box.addEventListener('change', () => {
      const types = [...document.querySelectorAll('#filters input:checked')].map(b => b.value);
      graph().setTypes(types.concat(['Concept']));
    });
    const swatch = document.createElement('span');
    swatch.className = 'swatch';
    swatch.style.background = PapergraphGraph.colour(type);
    label.append(box, swatch, type);
    $('filters').append(label);
  });
  $('min-support').addEventListener('input', e => {
    $('min-support-value').textContent = e.target.value;
    graph().setMinSupport(Number(e.target.value));
  });

  // ---- SPARQL editor
  async function loadExamples() {
    const response = await fetch('/api/queries');
    const data = await response.json();
    state.examples = data.queries || [];
    state.base = data.base;
    state.examples.forEach((q, i) => {
      const option = document.createElement('option');
      option.value = String(i);
      option.textContent = q.title;
      $('examples').append(option);
    });
  }
  $('examples').addEventListener('change', e => {
    const q = state.examples[Number(e.target.value)];
    if (q) { $('query').value = q.query; $('example-description').textContent = q.description; }
  });

  function cell(term) {
    const td = document.createElement('td');
    if (!term) { return td; }
    if (term.type === 'uri') {
      const a = document.createElement('a');
      // The graph's own IRIs open their linked-data page on this server.
      const ours = state.base && term.value.startsWith(state.base);
      a.href = ours ? '/id/' + term.value.substring(state.base.length) : term.value;
      a.textContent = term.value.replace(/^.*[\/#]/, '') || term.value;
      a.title = term.value;
      td.append(a);
    } else {
      td.textContent = term.value;
    }
    return td;
  }

  async function run() {
    const status = $('status');
    status.className = 'muted';
    status.textContent = 'Running…';
    $('result-table').replaceChildren();
    const started = performance.now();
    const response = await fetch('/papergraph/sparql', {
      method: 'POST',
      headers: { 'Content-Type': 'application/x-www-form-urlencoded', 'Accept': 'application/sparql-results+json' },
      body: 'query=' + encodeURIComponent($('query').value),
    });
    const ms = Math.round(performance.now() - started);
    if (!response.ok) {
      status.className = 'error';
      status.textContent = response.status + ' ' + (await response.text());
      return;
    }
    const data = await response.json();
    if (data.boolean !== undefined) { status.textContent = 'Answer: ' + data.boolean + ' (' + ms + ' ms)'; return; }
    const vars = data.head.vars;
    const table = document.createElement('table');
    table.className = 'rows';
    const head = document.createElement('tr');
    vars.forEach(v => { const th = document.createElement('th'); th.textContent = v; head.append(th); });
    table.createTHead().append(head);
    const body = table.createTBody();
    data.results.bindings.forEach(b => {
      const tr = document.createElement('tr');
      vars.forEach(v => tr.append(cell(b[v])));
      body.append(tr);
    });
    $('result-table').append(table);
    const n = data.results.bindings.length;
    status.textContent = n + (n === 1 ? ' row' : ' rows') + ' in ' + ms + ' ms';
  }
  $('run').addEventListener('click', () => run().catch(err => { $('status').className = 'error'; $('status').textContent = err.message; }));
  $('query').addEventListener('keydown', e => { if (e.key === 'Enter' && (e.ctrlKey || e.metaKey)) { $('run').click(); } });

  loadExamples();
  const fromHash = () => {
    show(location.hash === '#query' ? 'query' : 'explore');
    if (location.hash.startsWith('#concept=')) {
      open(decodeURIComponent(location.hash.substring('#concept='.length)));
    }
  };
  window.addEventListener('hashchange', fromHash);
  fromHash();
  window.papergraphExplorer = state;
})();
