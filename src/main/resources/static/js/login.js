'use strict';
(async () => {
  const params = new URLSearchParams(location.search);
  const message = document.getElementById('message');
  if (params.has('error')) {
    message.innerHTML = '';
    const p = document.createElement('div');
    p.className = 'problem';
    p.setAttribute('role', 'alert');
    p.textContent = 'The user name or password is not right.';
    message.append(p);
  }
  if (params.has('logout')) {
    const p = document.createElement('div');
    p.className = 'notice';
    p.textContent = 'You are signed out.';
    message.append(p);
  }
  const r = await fetch('/api/csrf', { credentials: 'same-origin' });
  document.getElementById('csrf').value = (await r.json()).token;
  document.getElementById('sign-in').disabled = false;
})();
