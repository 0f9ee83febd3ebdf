/*
 * Qyzmet SLA: statutory terms at a glance, for process owners (Cockpit plugin, the ES-module
 * format of Camunda 7.14+). Two views: a section of the Cockpit dashboard (every standard) and a
 * tab on each process definition (its standard; the complaint review's complaints). Both read the
 * report from the plugin's resource, /camunda/api/cockpit/plugin/qyzmet-sla/{engine}/sla, on the
 * webapp's own session; docs/sla.md defines every figure. Plain DOM, no framework, no innerHTML
 * with data.
 */

const PLUGIN = 'qyzmet-sla';

const MARGINS = ['overdue', '0', '1', '2', '3-5', '6-10', '11+', 'none'];

function h(tag, attributes, ...children) {
  const element = document.createElement(tag);
  Object.entries(attributes || {}).forEach(([name, value]) => {
    if (value === undefined || value === null || value === false) {
      return;
    }
    if (name === 'className') {
      element.className = value;
    } else if (name === 'onClick') {
      element.addEventListener('click', value);
    } else {
      element.setAttribute(name, value === true ? '' : String(value));
    }
  });
  children.flat().forEach(child => {
    if (child === undefined || child === null || child === false) {
      return;
    }
    element.appendChild(child instanceof Node ? child : document.createTextNode(String(child)));
  });
  return element;
}

/** "2026-03-20T18:00:00+05:00" -> "20.03.2026 18:00": the server's zone (Asia/Almaty), whatever the browser's. */
function dateTime(iso) {
  if (!iso) {
    return '—';
  }
  return `${iso.slice(8, 10)}.${iso.slice(5, 7)}.${iso.slice(0, 4)} ${iso.slice(11, 16)}`;
}

function day(iso) {
  return iso ? `${iso.slice(8, 10)}.${iso.slice(5, 7)}.${iso.slice(0, 4)}` : '—';
}

function percent(rate) {
  return rate === undefined || rate === null ? '—' : `${Math.round(rate * 1000) / 10}%`;
}

function number(value) {
  return value === undefined || value === null ? '—' : String(value);
}

function count(value, level) {
  const n = value || 0;
  return h('span', { className: n > 0 && level ? `qz-sla-badge qz-sla-${level}` : 'qz-sla-count' }, n);
}

async function fetchReport(api, processDefinitionId) {
  const query = processDefinitionId ? `?processDefinitionId=${encodeURIComponent(processDefinitionId)}` : '';
  const response = await fetch(`${api.cockpitApi}/plugin/${PLUGIN}/${api.engine}/sla${query}`, {
    credentials: 'same-origin',
    headers: { Accept: 'application/json', 'X-XSRF-TOKEN': api.CSRFToken }
  });
  if (!response.ok) {
    let message = `${response.status} ${response.statusText}`;
    try {
      const body = await response.json();
      message = body.message || message;
    } catch (ignored) {
      // not JSON: keep the status line
    }
    const error = new Error(message);
    error.status = response.status;
    throw error;
  }
  return response.json();
}

function standardLabel(row) {
  if (row.number === undefined || row.number === null) {
    return h('strong', {}, 'All standards');
  }
  return h('span', { title: row.nameKk || '' },
    h('span', { className: 'qz-sla-number' }, `№ ${row.number}`),
    ' ',
    row.nameEn || row.nameKk || `Standard ${row.number}`);
}

function isIdle(row) {
  return !row.open && !row.breaches30Days && !row.results30Days && !row.openComplaints && !row.termsEnded30Days;
}

function standardCells(row) {
  return [
    h('td', { 'data-field': 'standard' }, standardLabel(row)),
    h('td', { 'data-field': 'open', className: 'qz-sla-num' }, count(row.open)),
    h('td', { 'data-field': 'dueToday', className: 'qz-sla-num' }, count(row.dueToday, 'today')),
    h('td', { 'data-field': 'dueWithinTwoWorkingDays', className: 'qz-sla-num' },
      count(row.dueWithinTwoWorkingDays, 'soon')),
    h('td', { 'data-field': 'overdue', className: 'qz-sla-num' }, count(row.overdue, 'overdue')),
    h('td', { 'data-field': 'breaches30Days', className: 'qz-sla-num' }, count(row.breaches30Days)),
    h('td', {
      'data-field': 'breachRate30Days', className: 'qz-sla-num',
      title: `${row.termsBreached30Days || 0} of ${row.termsEnded30Days || 0} terms that ended`
    }, percent(row.breachRate30Days)),
    h('td', {
      'data-field': 'medianWorkingDays', className: 'qz-sla-num',
      title: `${row.results30Days || 0} results`
    }, number(row.medianWorkingDays)),
    h('td', { 'data-field': 'openComplaints', className: 'qz-sla-num' },
      count(row.openComplaints),
      row.nextComplaintDue ? h('span', { className: 'qz-sla-muted' }, ` next ${dateTime(row.nextComplaintDue)}`) : null)
  ];
}

function standardsTable(report, showIdle) {
  const rows = report.standards.filter(row => showIdle || !isIdle(row));
  return h('table', { className: 'table table-striped qz-sla-table', 'data-qz-sla': 'standards' },
    h('thead', {},
      h('tr', {},
        h('th', {}, 'Standard'),
        h('th', { className: 'qz-sla-num', title: 'Applications not yet at an end state' }, 'Open'),
        h('th', { className: 'qz-sla-num', title: `Due by the close of ${day(report.today)}` }, 'Due today'),
        h('th', { className: 'qz-sla-num', title: `Due by the close of ${day(report.dueSoonUntil)} (includes today)` },
          'Within 2 working days'),
        h('th', { className: 'qz-sla-num', title: 'Open and past the statutory due date' }, 'Overdue'),
        h('th', { className: 'qz-sla-num', title: 'Breaches recorded in the last 30 days (every kind)' },
          'Breaches 30 d'),
        h('th', { className: 'qz-sla-num', title: 'Terms that ended in the last 30 days and were breached' },
          'Breach rate 30 d'),
        h('th', { className: 'qz-sla-num', title: 'Median working days from submission to result, last 30 days' },
          'Median working days'),
        h('th', { className: 'qz-sla-num', title: 'Complaints under review' }, 'Open complaints'))),
    h('tbody', {},
      rows.map(row => h('tr', {
        'data-standard': row.number,
        className: isIdle(row) ? 'qz-sla-idle' : null
      }, standardCells(row))),
      rows.length === 0
        ? h('tr', {}, h('td', { colspan: 9, className: 'qz-sla-muted' }, 'No applications in this period.'))
        : null),
    report.standards.length > 1
      ? h('tfoot', {}, h('tr', { 'data-standard': 'total', className: 'qz-sla-total' }, standardCells(report.total)))
      : null);
}

function marginBar(total) {
  const margin = total.margin || {};
  return h('div', { className: 'qz-sla-margins', 'data-qz-sla': 'margins' },
    h('span', { className: 'qz-sla-muted' }, 'Open applications by working days of margin left: '),
    MARGINS.map(label => h('span', {
      className: `qz-sla-margin qz-sla-margin-${label === 'overdue' ? 'overdue' : label === '0' ? 'today' : 'other'}`,
      'data-margin': label
    }, `${label === 'none' ? 'no due date' : label}: ${margin[label] || 0}`)));
}

function overdueTable(report) {
  const overdue = report.overdue;
  const list = overdue.applications || [];
  return h('div', { className: 'qz-sla-block' },
    h('h4', {}, `Overdue applications (${overdue.total})`,
      overdue.total > list.length ? h('small', {}, ` — the ${list.length} longest overdue`) : null),
    list.length === 0
      ? h('p', { className: 'qz-sla-muted' }, 'None: every open application is within its term.')
      : h('table', { className: 'table table-striped qz-sla-table', 'data-qz-sla': 'overdue' },
        h('thead', {}, h('tr', {},
          h('th', {}, 'Application'), h('th', {}, 'Standard'), h('th', {}, 'Channel'), h('th', {}, 'Status'),
          h('th', {}, 'Submitted'), h('th', {}, 'Due'),
          h('th', { className: 'qz-sla-num', title: 'Working days after the due day, up to today' },
            'Working days overdue'))),
        h('tbody', {}, list.map(a => h('tr', { 'data-application': a.applicationId },
          h('td', {}, a.cockpitPath
            ? h('a', { href: a.cockpitPath, title: 'Open the process instance' }, a.applicationId)
            : a.applicationId),
          h('td', {}, a.code || `№ ${a.standard}`),
          h('td', {}, a.channel),
          h('td', {}, a.status),
          h('td', {}, dateTime(a.submittedAt)),
          h('td', {}, dateTime(a.dueAt),
            a.originalDueAt && a.originalDueAt !== a.dueAt
              ? h('span', { className: 'qz-sla-muted' }, ` (first ${dateTime(a.originalDueAt)})`) : null),
          h('td', { className: 'qz-sla-num' }, count(a.workingDaysOverdue, 'overdue')))))));
}

function complaintsTable(report) {
  const list = report.complaints || [];
  return h('div', { className: 'qz-sla-block' },
    h('h4', {}, `Open complaints (${list.length})`),
    list.length === 0
      ? h('p', { className: 'qz-sla-muted' }, 'No complaint is under review.')
      : h('table', { className: 'table table-striped qz-sla-table', 'data-qz-sla': 'complaints' },
        h('thead', {}, h('tr', {},
          h('th', {}, 'Complaint'), h('th', {}, 'Standard'), h('th', {}, 'Application'), h('th', {}, 'Level'),
          h('th', {}, 'Due'), h('th', { className: 'qz-sla-num' }, 'Working days left'))),
        h('tbody', {}, list.map(c => h('tr', { 'data-complaint': c.complaintId },
          h('td', {}, h('a', { href: c.cockpitPath, title: 'Open the process instance' }, c.complaintId)),
          h('td', {}, c.standard === undefined ? '—' : `№ ${c.standard}`),
          h('td', {}, c.applicationId || '—'),
          h('td', {}, c.level || '—'),
          h('td', {}, dateTime(c.dueAt)),
          h('td', { className: 'qz-sla-num' }, c.overdue
            ? h('span', { className: 'qz-sla-badge qz-sla-overdue' }, 'overdue')
            : count(c.workingDaysLeft, c.workingDaysLeft === 0 ? 'today' : null)))))));
}

function header(report, title, reload) {
  return h('div', { className: 'qz-sla-header' },
    h('h3', { className: 'section-title' }, title),
    h('p', { className: 'qz-sla-muted', 'data-qz-sla': 'as-of' },
      `As of ${dateTime(report.asOf)} (Asia/Almaty). Due today: by the close of ${day(report.today)}; `
      + `within two working days: by the close of ${day(report.dueSoonUntil)}; `
      + `last ${report.windowDays} days: since ${dateTime(report.windowFrom)}. `,
      h('button', { className: 'btn btn-default btn-xs', type: 'button', onClick: reload }, 'Refresh')));
}

function mount(node, load, draw) {
  const state = { report: null, showIdle: false };
  const container = h('section', { className: 'qz-sla', 'data-qz-sla': 'view' });
  node.appendChild(container);
  const paint = () => container.replaceChildren(
    ...draw(state.report, reload, { showIdle: state.showIdle, toggleIdle }));
  const toggleIdle = () => {
    state.showIdle = !state.showIdle;
    paint();
  };
  async function reload() {
    container.setAttribute('data-qz-sla-loaded', 'false');
    container.replaceChildren(h('p', { className: 'qz-sla-muted' }, 'Loading SLA figures…'));
    try {
      state.report = await load();
      paint();
      container.setAttribute('data-qz-sla-loaded', 'true');
    } catch (error) {
      container.replaceChildren(h('div', { className: 'alert alert-warning', 'data-qz-sla': 'error' },
        error.status === 403 ? 'The SLA figures are for process owners and administrators.'
          : `SLA figures could not be loaded: ${error.message}`));
      container.setAttribute('data-qz-sla-loaded', 'error');
    }
  }
  reload();
}

/** The table of standards, without the idle ones unless asked, and the switch between the two. */
function standardsSection(report, idle) {
  const hidden = report.standards.filter(isIdle).length;
  return [
    standardsTable(report, idle.showIdle),
    hidden > 0
      ? h('p', { className: 'qz-sla-muted' },
        idle.showIdle ? '' : `${hidden} standards without applications in the period are hidden. `,
        h('button', { className: 'btn btn-link btn-xs', type: 'button', onClick: idle.toggleIdle },
          idle.showIdle ? 'Hide them' : 'Show them'))
      : null
  ];
}

function dashboardView(report, reload, idle) {
  return [
    header(report, 'Statutory terms (SLA)', reload),
    ...standardsSection(report, idle),
    marginBar(report.total),
    overdueTable(report),
    complaintsTable(report)
  ].filter(Boolean);
}

function definitionView(report, reload, idle) {
  const scope = report.scope || {};
  if (scope.kind === 'complaints') {
    return [header(report, 'Complaint reviews (SLA)', reload), complaintsTable(report)];
  }
  if (scope.kind === 'block') {
    return [
      header(report, 'Statutory terms (SLA)', reload),
      h('p', { className: 'qz-sla-muted' },
        'A shared block: it runs inside every standard\'s process, so the figures are those of all standards.'),
      ...standardsSection(report, idle),
      overdueTable(report)
    ].filter(Boolean);
  }
  return [
    header(report, 'Statutory terms (SLA) of this standard', reload),
    standardsTable(report, true),
    marginBar(report.total),
    overdueTable(report),
    complaintsTable(report)
  ];
}

export default [
  {
    id: 'qyzmet-sla-dashboard',
    pluginPoint: 'cockpit.dashboard',
    priority: 20,
    render: (node, { api }) => mount(node, () => fetchReport(api), dashboardView)
  },
  {
    id: 'qyzmet-sla-process-definition',
    pluginPoint: 'cockpit.processDefinition.runtime.tab',
    priority: 5,
    properties: { label: 'SLA' },
    render: (node, { api, processDefinitionId }) =>
      mount(node, () => fetchReport(api, processDefinitionId), definitionView)
  }
];
