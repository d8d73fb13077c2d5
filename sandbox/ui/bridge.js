// What Jira's host page gives a Custom UI frame: window.__bridge, defined before the bundle loads (a
// classic script, first in <head>). Calls go to the sandbox server with the frame's query (user, issue,
// module, locale, theme); theming sets the root attributes and links the token CSS as Jira does.
(() => {
  const frame = Object.fromEntries(new URLSearchParams(location.search));
  const post = (path, body) =>
    fetch(path, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) });
  const listeners = new Set();
  window.__bridge = {
    async callBridge(name, payload) {
      if (name === 'on') {
        // Jira's front-end events (JIRA_ISSUE_CHANGED…) stay in the frame: the sandbox page fires them.
        listeners.add(payload);
        return { unsubscribe: () => listeners.delete(payload) };
      }
      const res = await post('/__bridge', { name, payload, frame });
      const answer = await res.json();
      if (!res.ok) throw new Error(answer.message);
      if (name === 'enableTheming') {
        for (const [k, v] of Object.entries(answer.attrs)) document.documentElement.setAttribute(k, v);
        const link = document.createElement('link');
        link.rel = 'stylesheet';
        link.href = '/__tokens.css';
        document.head.append(link);
        return undefined;
      }
      // Jira navigates its own page (router.navigate), or opens a new tab.
      if (name === 'navigate')
        parent.postMessage({ type: 'itr-navigate', url: payload.url, tab: payload.type }, location.origin);
      // A gadget's edit view saved or closed: Jira shows the gadget's view again.
      if ((name === 'submit' && answer.value === true) || name === 'close')
        parent.postMessage({ type: 'itr-gadget-done', gadget: frame.gadget }, location.origin);
      return answer.value;
    },
  };
  window.addEventListener('message', (e) => {
    for (const l of listeners)
      if (e.origin === location.origin && l.event === e.data?.event) l.callback(e.data.payload);
  });
  // Jira sizes a Custom UI frame to its content: the frame reports its height, the page sets it.
  const report = () =>
    parent.postMessage(
      { type: 'itr-frame-height', height: Math.ceil(document.documentElement.getBoundingClientRect().height) },
      location.origin,
    );
  new ResizeObserver(report).observe(document.documentElement);
  // Counted by the sandbox so a test sees a violation even when nothing logs it.
  document.addEventListener('securitypolicyviolation', (e) =>
    post('/__csp', { directive: e.violatedDirective, blocked: e.blockedURI, source: e.sourceFile }),
  );
})();
