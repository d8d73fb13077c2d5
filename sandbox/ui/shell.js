// The shell page's behaviour (Jira's, not the app's): frames sized to what they report, the sandbox clock
// kept current, the issue view's forms sent without leaving the page, and changes made by anyone (a
// person, the app, the sweep) swapped in: on the issue view, also passed to the app's frames as
// JIRA_ISSUE_CHANGED; on the list, its results as the search now answers them.
(() => {
  const POLL_MS = 2000;
  const issue = document.getElementById('issue');
  const list = document.getElementById('issue-list');
  const live = issue ?? list;
  const clock = document.getElementById('sandbox-clock');
  const announce = document.getElementById('announce');
  const viewer = new URLSearchParams(location.search);
  let version = live?.dataset.version;
  let busy = false;

  window.addEventListener('message', (e) => {
    if (e.origin !== location.origin) return;
    if (e.data?.type === 'itr-frame-height') {
      for (const f of document.querySelectorAll('iframe'))
        if (f.contentWindow === e.source) f.style.height = `${Math.max(40, e.data.height)}px`;
    } else if (e.data?.type === 'itr-navigate' && typeof e.data.url === 'string') {
      const to = new URL(e.data.url, location.origin);
      if (e.data.tab === 'new-tab') window.open(to.toString(), '_blank', 'noopener');
      else if (to.origin === location.origin) {
        // A path on Jira's site: the shell's page for it, seen by the same viewer.
        for (const [k, v] of viewer) if (!to.searchParams.has(k) && k !== 'edit') to.searchParams.set(k, v);
        location.assign(to.toString());
      }
    } else if (e.data?.type === 'itr-gadget-done') {
      const q = new URLSearchParams(location.search);
      q.delete('edit');
      location.assign(`${location.pathname}?${q.toString()}`);
    }
  });

  /** Jira's refresh of a dashboard gadget: every gadget frame hears it and the one named reloads. */
  const refreshGadget = (gadgetId) => {
    const card = document.querySelector(`[data-gadget="${CSS.escape(gadgetId)}"]`);
    if (card?.hasAttribute('data-reload')) {
      const f = card.querySelector('iframe');
      f.src = f.src; // a refreshable gadget: Jira loads its frame again
      return;
    }
    for (const f of document.querySelectorAll('iframe.gadget-frame'))
      f.contentWindow?.postMessage({ event: 'JIRA_DASHBOARD_GADGET_REFRESH', payload: { gadgetId } }, location.origin);
  };
  for (const card of document.querySelectorAll('[data-gadget][data-refresh]')) {
    const minutes = Number(card.dataset.refresh);
    if (minutes > 0) setInterval(() => refreshGadget(card.dataset.gadget), minutes * 60_000);
  }
  document.addEventListener('click', (e) => {
    const b = e.target instanceof Element ? e.target.closest('[data-refresh-gadget]') : null;
    if (b) refreshGadget(b.dataset.refreshGadget);
  });

  document.addEventListener('securitypolicyviolation', (e) =>
    fetch('/__csp', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ page: location.pathname, directive: e.violatedDirective, blocked: e.blockedURI }),
    }),
  );

  /** Jira's front-end event, posted into each of the app's issue-view frames (bridge.js routes it). */
  const tellFrames = (change) => {
    const payload = { issueId: issue.dataset.issueId, projectId: issue.dataset.projectId, changes: [change] };
    for (const f of document.querySelectorAll('iframe[data-issue-view]'))
      f.contentWindow?.postMessage({ event: 'JIRA_ISSUE_CHANGED', payload }, location.origin);
  };

  /** Replaces the live regions with the server's; a region someone is typing in is left alone unless the
   * change is their own submission. */
  const swap = (html, own) => {
    const next = new DOMParser().parseFromString(html, 'text/html').getElementById(live.id);
    if (!next) return false;
    const focused = document.activeElement;
    const focusId = focused?.id;
    for (const region of next.querySelectorAll('[data-live]')) {
      const old = live.querySelector(`[data-live="${region.dataset.live}"]`);
      if (!old || (!own && focused && focused !== document.body && old.contains(focused))) continue;
      old.replaceWith(document.importNode(region, true));
    }
    if (own && focusId && !document.getElementById(focusId)?.contains(document.activeElement))
      document.getElementById(focusId)?.focus();
    const changed = next.dataset.version !== version;
    version = next.dataset.version;
    return changed;
  };

  const poll = async () => {
    try {
      const q = new URLSearchParams(viewer);
      if (issue) q.set('issue', issue.dataset.issue);
      if (list) q.set('jql', list.dataset.jql);
      if (list?.dataset.after) q.set('after', list.dataset.after);
      const res = await fetch(`/__changes?${q.toString()}`);
      const c = await res.json();
      if (clock) clock.textContent = c.clock;
      if (live && !busy && c.version && c.version !== version) {
        const page = await fetch(location.href);
        if (swap(await page.text(), false) && issue) tellFrames(c.change);
      }
    } finally {
      setTimeout(poll, POLL_MS);
    }
  };
  setTimeout(poll, POLL_MS);

  document.addEventListener('submit', async (e) => {
    const form = e.target;
    if (!issue || !(form instanceof HTMLFormElement) || !form.hasAttribute('data-live-form')) return;
    e.preventDefault();
    busy = true;
    const buttons = [...form.querySelectorAll('button')];
    for (const b of buttons) b.disabled = true;
    try {
      const res = await fetch(form.action, { method: 'POST', body: new URLSearchParams(new FormData(form)) });
      const changed = swap(await res.text(), true);
      if (res.ok && form.hasAttribute('data-clear')) form.reset();
      if (announce) announce.textContent = res.ok ? announce.dataset.saved : '';
      const comment = form.classList.contains('comment-form');
      if (changed) tellFrames({ changeType: comment ? 'commented' : 'updated', atlassianId: issue.dataset.account });
    } finally {
      for (const b of buttons) if (b.isConnected) b.disabled = false;
      busy = false;
    }
  });
})();
