// The console's behaviour: calls the JSON API with the session's CSRF token, keeps the
// queue and the conversation fresh by polling, and never stores a revealed value.
"use strict";

const T = JSON.parse(document.getElementById("texts").textContent);
let csrf = sessionStorage.getItem("csrf") || "";

function say(message) { document.getElementById("status").textContent = message || ""; }

async function api(method, path, body) {
  const headers = { "Accept": "application/json" };
  if (body !== undefined) headers["Content-Type"] = "application/json";
  if (method !== "GET") headers["X-CSRF-Token"] = csrf;
  const response = await fetch("/console/api" + path, {
    method, headers, credentials: "same-origin",
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  if (response.status === 401 && document.body.dataset.page !== "login") {
    window.location = "/console/login";
    throw new Error("log in first");
  }
  const data = response.status === 204 ? {} : await response.json();
  if (!response.ok) throw new Error(data.detail || response.statusText);
  if (data.csrf_token) { csrf = data.csrf_token; sessionStorage.setItem("csrf", csrf); }
  return data;
}

function cell(row, text, className) {
  const td = row.insertCell();
  td.textContent = text;
  if (className) td.className = className;
  return td;
}

function when(iso) { return iso ? new Date(iso).toLocaleString(document.body.dataset.lang) : ""; }

const pages = {
  async login() {
    const passwordForm = document.getElementById("password-form");
    const codeForm = document.getElementById("code-form");
    let enrolling = false;
    passwordForm.addEventListener("submit", async (event) => {
      event.preventDefault();
      try {
        const result = await api("POST", "/login", {
          email: passwordForm.email.value, password: passwordForm.password.value,
        });
        passwordForm.hidden = true;
        codeForm.hidden = false;
        if (result.next === "enrol") {
          enrolling = true;
          const enrolment = await api("GET", "/mfa/enrolment");
          document.getElementById("qr").innerHTML = enrolment.qr_svg;
          document.getElementById("secret").textContent = enrolment.secret;
          document.getElementById("enrol").hidden = false;
        }
        codeForm.code.focus();
        say("");
      } catch (error) { say(error.message); }
    });
    codeForm.addEventListener("submit", async (event) => {
      event.preventDefault();
      try {
        if (enrolling) {
          const result = await api("POST", "/mfa/enrol", { code: codeForm.code.value });
          codeForm.hidden = true;
          document.getElementById("enrol").hidden = true;
          const list = document.getElementById("recovery-codes");
          for (const code of result.recovery_codes) {
            const item = document.createElement("li"); item.textContent = code; list.append(item);
          }
          document.getElementById("recovery").hidden = false;
        } else {
          await api("POST", "/mfa", { code: codeForm.code.value });
          window.location = "/console/";
        }
      } catch (error) { say(error.message); codeForm.code.value = ""; }
    });
  },

  async queue() {
    const body = document.querySelector("#queue tbody");
    const me = await api("GET", "/me");
    const available = document.getElementById("available");
    available.checked = me.available;
    available.addEventListener("change", () => api("POST", "/me/availability", { available: available.checked }));
    async function refresh() {
      const tickets = await api("GET", "/tickets?status=open");
      body.replaceChildren();
      for (const ticket of tickets) {
        const row = body.insertRow();
        row.dataset.ticket = ticket.id;
        cell(row, T[ticket.status] + (ticket.overdue ? " · " + T.overdue : ""), ticket.overdue ? "overdue" : "");
        cell(row, ticket.reason);
        cell(row, when(ticket.waiting_since));
        const actions = row.insertCell();
        if (ticket.status === "waiting") {
          const take = document.createElement("button");
          take.type = "button"; take.textContent = T.take;
          take.addEventListener("click", async () => {
            try { await api("POST", `/tickets/${ticket.id}/take`); window.location = `/console/tickets/${ticket.id}`; }
            catch (error) { say(error.message); }
          });
          actions.append(take);
        } else if (ticket.assigned_to === me.id || me.role !== "operator") {
          const open = document.createElement("a");
          open.href = `/console/tickets/${ticket.id}`; open.textContent = T.open;
          actions.append(open);
        }
      }
      if (!tickets.length) say(T.empty); else say("");
    }
    await refresh();
    setInterval(() => refresh().catch((error) => say(error.message)), 3000);
  },

  async ticket() {
    const id = window.location.pathname.split("/").pop();
    const transcript = document.getElementById("transcript");
    async function refresh() {
      const ticket = await api("GET", `/tickets/${id}`);
      document.getElementById("ticket-status").textContent = "· " + T[ticket.status];
      document.getElementById("reveal-panel").hidden = !ticket.may_reveal;
      transcript.replaceChildren();
      // Messages that never went to the AI (no consent, sensitive data) came to people only.
      for (const request of ticket.requests) {
        if (!request.forwarded_text) continue;
        const item = document.createElement("li");
        item.className = "customer";
        item.textContent = `${T.customer} (${T.forwarded}): ${request.forwarded_text}`;
        transcript.append(item);
      }
      for (const message of ticket.transcript) {
        const item = document.createElement("li");
        item.className = message.role;
        item.textContent = `${T[message.role] || message.role}: ${message.text}`;
        transcript.append(item);
      }
      return ticket;
    }
    await refresh();
    document.getElementById("reply-form").addEventListener("submit", async (event) => {
      event.preventDefault();
      const text = event.target.text.value;
      try { await api("POST", `/tickets/${id}/reply`, { text }); event.target.text.value = ""; say("✓"); }
      catch (error) { say(error.message); }
    });
    document.getElementById("resolve").addEventListener("click", async () => {
      try { await api("POST", `/tickets/${id}/resolve`); window.location = "/console/"; }
      catch (error) { say(error.message); }
    });
    document.getElementById("reveal-form").addEventListener("submit", async (event) => {
      event.preventDefault();
      const form = event.target;
      const output = document.getElementById("reveal-value");
      try {
        const result = await api("POST", `/tickets/${id}/reveal`, {
          token: form.token.value, reason: form.reason.value, justification: form.justification.value,
        });
        output.textContent = `${result.token} = ${result.value}`;
        // Shown once: gone after a minute or on leaving the page, never stored.
        setTimeout(() => { output.textContent = ""; }, 60000);
      } catch (error) { output.textContent = ""; say(error.message); }
    });
    setInterval(() => refresh().catch((error) => say(error.message)), 3000);
  },

  async supervisor() {
    const report = await api("GET", "/reports/queue");
    const list = document.getElementById("report");
    for (const key of ["waiting", "assigned", "overdue"]) {
      const term = document.createElement("dt"); term.textContent = T[key] || key;
      const value = document.createElement("dd"); value.textContent = report[key];
      list.append(term, value);
    }
    const body = document.querySelector("#all-tickets tbody");
    for (const ticket of await api("GET", "/tickets?status=open")) {
      const row = body.insertRow();
      cell(row, T[ticket.status] + (ticket.overdue ? " · " + T.overdue : ""), ticket.overdue ? "overdue" : "");
      cell(row, ticket.reason); cell(row, when(ticket.waiting_since)); cell(row, ticket.assigned_to || "—");
    }
  },

  async admin() {
    const body = document.querySelector("#operators tbody");
    async function refresh() {
      body.replaceChildren();
      for (const operator of await api("GET", "/operators")) {
        const row = body.insertRow();
        cell(row, operator.name); cell(row, operator.email); cell(row, operator.role);
        cell(row, operator.mfa_enrolled ? "✓" : "—");
        const reset = document.createElement("button");
        reset.type = "button"; reset.textContent = T.reset_mfa;
        reset.addEventListener("click", async () => {
          // A new password goes with the reset: only the admin and the person know it.
          const password = window.prompt(T.password + " (12+)");
          if (!password) return;
          try { await api("POST", `/operators/${operator.id}/reset-mfa`, { password }); await refresh(); }
          catch (error) { say(error.message); }
        });
        row.insertCell().append(reset);
      }
    }
    await refresh();
    document.getElementById("create-form").addEventListener("submit", async (event) => {
      event.preventDefault();
      const form = event.target;
      try {
        await api("POST", "/operators", {
          name: form.name.value, email: form.email.value, role: form.role.value, password: form.password.value,
        });
        form.reset(); await refresh();
      } catch (error) { say(error.message); }
    });
  },
};

document.addEventListener("DOMContentLoaded", () => {
  const logout = document.getElementById("logout");
  if (logout) logout.addEventListener("click", async () => {
    try { await api("POST", "/logout"); } finally { sessionStorage.removeItem("csrf"); window.location = "/console/login"; }
  });
  const name = document.body.dataset.page;
  const ready = name === "login" ? Promise.resolve() : api("GET", "/me");  // CSRF token
  const page = pages[name];
  if (page) ready.then(() => page()).catch((error) => say(error.message));
});
