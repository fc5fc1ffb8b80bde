'use strict';
(async () => {
  const { t } = I18n;
  I18n.translate(document.body);
  document.querySelector('main').prepend(I18n.switcher());
  const params = new URLSearchParams(location.search);
  const message = document.getElementById('message');
  if (params.has('error')) {
    message.innerHTML = '';
    const p = document.createElement('div');
    p.className = 'problem';
    p.setAttribute('role', 'alert');
    p.textContent = t('The user name or password is not right.');
    message.append(p);
  }
  if (params.has('logout')) {
    const p = document.createElement('div');
    p.className = 'notice';
    p.textContent = t('You are signed out.');
    message.append(p);
  }
  if (params.get('error') === 'provider') {
    message.querySelector('.problem').textContent = t('Your organisation\u2019s sign-in did not give access here: ask TSB to check your role and entity.');
  }
  // single sign-on through the organisation's provider, when TSB set it up
  const options = await (await fetch('/api/sign-in-options', { credentials: 'same-origin' })).json();
  if (options.provider) {
    const link = document.createElement('a');
    link.href = options.href;
    link.id = 'sign-in-provider';
    link.className = 'button';
    link.textContent = t('Sign in with {provider}', { provider: options.provider });
    const p = document.createElement('p');
    p.append(link);
    document.querySelector('form').after(p);
  }
  const r = await fetch('/api/csrf', { credentials: 'same-origin' });
  document.getElementById('csrf').value = (await r.json()).token;
  document.getElementById('sign-in').disabled = false;
})();
