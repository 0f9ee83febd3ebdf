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

/*
 * The plugin's own words in Kazakh, Russian and English. Cockpit's language (angular-translate's
 * $translate.use(), which Cockpit picks from the browser's first language among its available
 * locales) decides; while Cockpit offers only English, the browser's first language does, so that a
 * Kazakh or Russian browser reads the figures in its language. English otherwise.
 */
const WORDS = {
  kk: {
    allStandards: 'Барлық стандарттар', standard: 'Стандарт', standardNo: n => `Стандарт № ${n}`,
    termsBreached: (b, e) => `аяқталған ${e} мерзімнің ${b} бұзылды`, results: n => `${n} нәтиже`,
    next: 'келесі', open: 'Ашық', openTitle: 'Әлі аяқталмаған өтініштер',
    dueToday: 'Бүгін бітеді', dueTodayTitle: d => `${d} жұмыс күнінің соңына дейін`,
    dueSoon: '2 жұмыс күні ішінде', dueSoonTitle: d => `${d} соңына дейін (бүгінмен қоса)`,
    overdue: 'Мерзімі өткен', overdueTitle: 'Ашық, заңды мерзімі өткен',
    breaches: 'Бұзушылықтар, 30 күн', breachesTitle: 'Соңғы 30 күнде тіркелген бұзушылықтар (барлық түрі)',
    breachRate: 'Бұзылу үлесі, 30 күн', breachRateTitle: 'Соңғы 30 күнде аяқталған мерзімдердің бұзылған үлесі',
    median: 'Жұмыс күндерінің медианасы',
    medianTitle: 'Тапсырудан нәтижеге дейінгі жұмыс күндерінің медианасы, соңғы 30 күн',
    openComplaints: 'Қаралып жатқан шағымдар', openComplaintsTitle: 'Қаралып жатқан шағымдар',
    noApplications: 'Бұл кезеңде өтініш жоқ.',
    marginsIntro: 'Ашық өтініштер, мерзімге дейін қалған жұмыс күндері бойынша: ',
    marginOverdue: 'мерзімі өткен', marginNone: 'мерзімі жоқ',
    overdueApplications: n => `Мерзімі өткен өтініштер (${n})`, longest: n => ` — ең ұзақ кешіккен ${n}`,
    noneOverdue: 'Жоқ: барлық ашық өтініш өз мерзімінде.',
    application: 'Өтініш', channel: 'Арна', status: 'Мәртебе', submitted: 'Тапсырылды', due: 'Мерзімі',
    daysOverdue: 'Кешіккен жұмыс күндері', daysOverdueTitle: 'Мерзім күнінен кейінгі жұмыс күндері, бүгінге дейін',
    openInstance: 'Процесті ашу', first: d => ` (алғашқы мерзімі ${d})`,
    complaintsTitle: n => `Қаралып жатқан шағымдар (${n})`, noComplaints: 'Қаралып жатқан шағым жоқ.',
    complaint: 'Шағым', level: 'Деңгей', daysLeft: 'Қалған жұмыс күндері', overdueBadge: 'мерзімі өткен',
    asOf: (at, today, soon, days, from) => `${at} жағдай бойынша (Алматы уақыты). Бүгін бітетіндер: ${today} соңына `
      + `дейін; 2 жұмыс күні ішінде: ${soon} соңына дейін; соңғы ${days} күн: ${from} бастап. `,
    refresh: 'Жаңарту', loading: 'Көрсеткіштер жүктелуде…',
    forbidden: 'Мерзім көрсеткіштері процесс иелері мен әкімшілерге ғана ашық.',
    signIn: 'Қайта кіріңіз.', notFound: 'Мұндай процесс анықтамасы жоқ.',
    failed: m => `Көрсеткіштер жүктелмеді: ${m}`,
    hidden: n => `Кезеңде өтініші жоқ ${n} стандарт жасырылды. `, hide: 'Жасыру', show: 'Көрсету',
    dashboardTitle: 'Заңды мерзімдер', complaintsView: 'Шағымдарды қарау мерзімдері',
    block: 'Ортақ блок: ол әр стандарттың процесінде жүреді, сондықтан көрсеткіштер барлық стандарттар бойынша.',
    standardView: 'Осы стандарттың заңды мерзімдері', tab: 'Мерзімдер'
  },
  ru: {
    allStandards: 'Все стандарты', standard: 'Стандарт', standardNo: n => `Стандарт № ${n}`,
    termsBreached: (b, e) => `нарушено ${b} из ${e} завершившихся сроков`, results: n => `результатов: ${n}`,
    next: 'ближайший', open: 'Открытые', openTitle: 'Заявления, ещё не завершённые',
    dueToday: 'Срок сегодня', dueTodayTitle: d => `До конца рабочего дня ${d}`,
    dueSoon: 'В течение 2 рабочих дней', dueSoonTitle: d => `До конца дня ${d} (включая сегодня)`,
    overdue: 'Просрочено', overdueTitle: 'Открытые, установленный срок истёк',
    breaches: 'Нарушения за 30 дн.', breachesTitle: 'Нарушения за последние 30 дней (все виды)',
    breachRate: 'Доля нарушений за 30 дн.', breachRateTitle: 'Доля нарушенных среди сроков, завершившихся за 30 дней',
    median: 'Медиана рабочих дней', medianTitle: 'Медиана рабочих дней от подачи до результата за последние 30 дней',
    openComplaints: 'Жалобы на рассмотрении', openComplaintsTitle: 'Жалобы на рассмотрении',
    noApplications: 'За этот период заявлений нет.',
    marginsIntro: 'Открытые заявления по рабочим дням, оставшимся до срока: ',
    marginOverdue: 'просрочено', marginNone: 'без срока',
    overdueApplications: n => `Просроченные заявления (${n})`, longest: n => ` — ${n} с наибольшей просрочкой`,
    noneOverdue: 'Нет: все открытые заявления в сроке.',
    application: 'Заявление', channel: 'Канал', status: 'Статус', submitted: 'Подано', due: 'Срок',
    daysOverdue: 'Рабочих дней просрочки', daysOverdueTitle: 'Рабочие дни после дня срока по сегодняшний',
    openInstance: 'Открыть экземпляр процесса', first: d => ` (первоначально ${d})`,
    complaintsTitle: n => `Жалобы на рассмотрении (${n})`, noComplaints: 'Жалоб на рассмотрении нет.',
    complaint: 'Жалоба', level: 'Уровень', daysLeft: 'Осталось рабочих дней', overdueBadge: 'просрочено',
    asOf: (at, today, soon, days, from) => `По состоянию на ${at} (время Алматы). Срок сегодня: до конца ${today}; `
      + `в течение двух рабочих дней: до конца ${soon}; последние ${days} дней: с ${from}. `,
    refresh: 'Обновить', loading: 'Загрузка показателей…',
    forbidden: 'Показатели сроков доступны только владельцам процессов и администраторам.',
    signIn: 'Войдите снова.', notFound: 'Такого определения процесса нет.',
    failed: m => `Не удалось загрузить показатели: ${m}`,
    hidden: n => `Скрыто стандартов без заявлений за период: ${n}. `, hide: 'Скрыть', show: 'Показать',
    dashboardTitle: 'Установленные сроки', complaintsView: 'Сроки рассмотрения жалоб',
    block: 'Общий блок: он выполняется в процессе каждого стандарта, поэтому показатели — по всем стандартам.',
    standardView: 'Установленные сроки этого стандарта', tab: 'Сроки'
  },
  en: {
    allStandards: 'All standards', standard: 'Standard', standardNo: n => `Standard ${n}`,
    termsBreached: (b, e) => `${b} of ${e} terms that ended`, results: n => `${n} results`,
    next: 'next', open: 'Open', openTitle: 'Applications not yet at an end state',
    dueToday: 'Due today', dueTodayTitle: d => `Due by the close of ${d}`,
    dueSoon: 'Within 2 working days', dueSoonTitle: d => `Due by the close of ${d} (includes today)`,
    overdue: 'Overdue', overdueTitle: 'Open and past the statutory due date',
    breaches: 'Breaches 30 d', breachesTitle: 'Breaches recorded in the last 30 days (every kind)',
    breachRate: 'Breach rate 30 d', breachRateTitle: 'Terms that ended in the last 30 days and were breached',
    median: 'Median working days', medianTitle: 'Median working days from submission to result, last 30 days',
    openComplaints: 'Open complaints', openComplaintsTitle: 'Complaints under review',
    noApplications: 'No applications in this period.',
    marginsIntro: 'Open applications by working days of margin left: ',
    marginOverdue: 'overdue', marginNone: 'no due date',
    overdueApplications: n => `Overdue applications (${n})`, longest: n => ` — the ${n} longest overdue`,
    noneOverdue: 'None: every open application is within its term.',
    application: 'Application', channel: 'Channel', status: 'Status', submitted: 'Submitted', due: 'Due',
    daysOverdue: 'Working days overdue', daysOverdueTitle: 'Working days after the due day, up to today',
    openInstance: 'Open the process instance', first: d => ` (first ${d})`,
    complaintsTitle: n => `Open complaints (${n})`, noComplaints: 'No complaint is under review.',
    complaint: 'Complaint', level: 'Level', daysLeft: 'Working days left', overdueBadge: 'overdue',
    asOf: (at, today, soon, days, from) => `As of ${at} (Asia/Almaty). Due today: by the close of ${today}; `
      + `within two working days: by the close of ${soon}; last ${days} days: since ${from}. `,
    refresh: 'Refresh', loading: 'Loading SLA figures…',
    forbidden: 'The SLA figures are for process owners and administrators.',
    signIn: 'Sign in again.', notFound: 'There is no such process definition.',
    failed: m => `SLA figures could not be loaded: ${m}`,
    hidden: n => `${n} standards without applications in the period are hidden. `, hide: 'Hide them', show: 'Show them',
    dashboardTitle: 'Statutory terms (SLA)', complaintsView: 'Complaint reviews (SLA)',
    block: 'A shared block: it runs inside every standard\'s process, so the figures are those of all standards.',
    standardView: 'Statutory terms (SLA) of this standard', tab: 'SLA'
  }
};

/** Channels, statuses and complaint levels as the screens name them: [kk, ru, en]. */
const CODES = {
  psc: ['ХҚКО', 'ЦОН', 'PSC'], ztmo: ['ЗТМО', 'ГЦВП', 'ZTMO'], portal: ['Портал', 'Портал', 'portal'],
  provider: ['Қызмет беруші', 'Услугодатель', 'provider'], akim: ['Әкім', 'Аким', 'akim'],
  'quality-authority': ['Сапа органы', 'Орган контроля качества', 'quality authority'],
  'psc-head': ['ХҚКО басшысы', 'Руководитель ЦОН', 'PSC head'],
  SUBMITTED: ['Берілді', 'Подано', 'submitted'], REGISTERED: ['Тіркелді', 'Зарегистрировано', 'registered'],
  IN_REVIEW: ['Қаралуда', 'На рассмотрении', 'in review'],
  AWAITING_DOCUMENTS: ['Құжаттар күтілуде', 'Ожидаются документы', 'awaiting documents'],
  RESULT_READY: ['Нәтиже дайын', 'Результат готов', 'result ready'], GRANTED: ['Көрсетілді', 'Оказано', 'granted'],
  REFUSED: ['Бас тартылды', 'Отказано', 'refused'],
  REFUSED_TO_ACCEPT: ['Қабылданбады', 'Отказано в приёме', 'refused to accept'],
  WITHDRAWN: ['Кері қайтарылды', 'Отозвано', 'withdrawn'], ANSWERED: ['Жауап берілді', 'Ответ дан', 'answered']
};

function languageOf(tag) {
  const language = String(tag || '').toLowerCase().split(/[-_]/)[0];
  return WORDS[language] ? language : null;
}

function locale() {
  let cockpit = null;
  try {
    const injector = window.angular && window.angular.element(document.body).injector();
    const translate = injector && injector.has('$translate') ? injector.get('$translate') : null;
    cockpit = translate ? languageOf(translate.use() || translate.proposedLanguage()) : null;
  } catch (ignored) {
    // no AngularJS at hand (a test page): the browser decides
  }
  if (cockpit && cockpit !== 'en') {
    return cockpit;
  }
  const browser = typeof navigator === 'undefined' ? null
    : languageOf((navigator.languages && navigator.languages[0]) || navigator.language);
  return browser || cockpit || 'en';
}

const LANG = locale();
const T = WORDS[LANG];

function code(value) {
  const names = CODES[value];
  return names ? names[['kk', 'ru', 'en'].indexOf(LANG)] : (value || '—');
}

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
    return h('strong', {}, T.allStandards);
  }
  const name = LANG === 'kk' ? row.nameKk : LANG === 'ru' ? row.nameRu || row.nameKk : row.nameEn || row.nameKk;
  return h('span', { title: LANG === 'kk' ? row.nameRu || '' : row.nameKk || '' },
    h('span', { className: 'qz-sla-number' }, `№ ${row.number}`),
    ' ',
    name || T.standardNo(row.number));
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
      title: T.termsBreached(row.termsBreached30Days || 0, row.termsEnded30Days || 0)
    }, percent(row.breachRate30Days)),
    h('td', {
      'data-field': 'medianWorkingDays', className: 'qz-sla-num',
      title: T.results(row.results30Days || 0)
    }, number(row.medianWorkingDays)),
    h('td', { 'data-field': 'openComplaints', className: 'qz-sla-num' },
      count(row.openComplaints),
      row.nextComplaintDue ? h('span', { className: 'qz-sla-muted' }, ` ${T.next} ${dateTime(row.nextComplaintDue)}`) : null)
  ];
}

function standardsTable(report, showIdle) {
  const rows = report.standards.filter(row => showIdle || !isIdle(row));
  return h('table', { className: 'table table-striped qz-sla-table', 'data-qz-sla': 'standards' },
    h('thead', {},
      h('tr', {},
        h('th', {}, T.standard),
        h('th', { className: 'qz-sla-num', title: T.openTitle }, T.open),
        h('th', { className: 'qz-sla-num', title: T.dueTodayTitle(day(report.today)) }, T.dueToday),
        h('th', { className: 'qz-sla-num', title: T.dueSoonTitle(day(report.dueSoonUntil)) }, T.dueSoon),
        h('th', { className: 'qz-sla-num', title: T.overdueTitle }, T.overdue),
        h('th', { className: 'qz-sla-num', title: T.breachesTitle }, T.breaches),
        h('th', { className: 'qz-sla-num', title: T.breachRateTitle }, T.breachRate),
        h('th', { className: 'qz-sla-num', title: T.medianTitle }, T.median),
        h('th', { className: 'qz-sla-num', title: T.openComplaintsTitle }, T.openComplaints))),
    h('tbody', {},
      rows.map(row => h('tr', {
        'data-standard': row.number,
        className: isIdle(row) ? 'qz-sla-idle' : null
      }, standardCells(row))),
      rows.length === 0
        ? h('tr', {}, h('td', { colspan: 9, className: 'qz-sla-muted' }, T.noApplications))
        : null),
    report.standards.length > 1
      ? h('tfoot', {}, h('tr', { 'data-standard': 'total', className: 'qz-sla-total' }, standardCells(report.total)))
      : null);
}

function marginBar(total) {
  const margin = total.margin || {};
  return h('div', { className: 'qz-sla-margins', 'data-qz-sla': 'margins' },
    h('span', { className: 'qz-sla-muted' }, T.marginsIntro),
    MARGINS.map(label => h('span', {
      className: `qz-sla-margin qz-sla-margin-${label === 'overdue' ? 'overdue' : label === '0' ? 'today' : 'other'}`,
      'data-margin': label
    }, `${label === 'none' ? T.marginNone : label === 'overdue' ? T.marginOverdue : label}: ${margin[label] || 0}`)));
}

function overdueTable(report) {
  const overdue = report.overdue;
  const list = overdue.applications || [];
  return h('div', { className: 'qz-sla-block' },
    h('h4', {}, T.overdueApplications(overdue.total),
      overdue.total > list.length ? h('small', {}, T.longest(list.length)) : null),
    list.length === 0
      ? h('p', { className: 'qz-sla-muted' }, T.noneOverdue)
      : h('table', { className: 'table table-striped qz-sla-table', 'data-qz-sla': 'overdue' },
        h('thead', {}, h('tr', {},
          h('th', {}, T.application), h('th', {}, T.standard), h('th', {}, T.channel), h('th', {}, T.status),
          h('th', {}, T.submitted), h('th', {}, T.due),
          h('th', { className: 'qz-sla-num', title: T.daysOverdueTitle }, T.daysOverdue))),
        h('tbody', {}, list.map(a => h('tr', { 'data-application': a.applicationId },
          h('td', {}, a.cockpitPath
            ? h('a', { href: a.cockpitPath, title: T.openInstance }, a.applicationId)
            : a.applicationId),
          h('td', {}, `№ ${a.standard}`),
          h('td', {}, code(a.channel)),
          h('td', {}, code(a.status)),
          h('td', {}, dateTime(a.submittedAt)),
          h('td', {}, dateTime(a.dueAt),
            a.originalDueAt && a.originalDueAt !== a.dueAt
              ? h('span', { className: 'qz-sla-muted' }, T.first(dateTime(a.originalDueAt))) : null),
          h('td', { className: 'qz-sla-num' }, count(a.workingDaysOverdue, 'overdue')))))));
}

function complaintsTable(report) {
  const list = report.complaints || [];
  return h('div', { className: 'qz-sla-block' },
    h('h4', {}, T.complaintsTitle(list.length)),
    list.length === 0
      ? h('p', { className: 'qz-sla-muted' }, T.noComplaints)
      : h('table', { className: 'table table-striped qz-sla-table', 'data-qz-sla': 'complaints' },
        h('thead', {}, h('tr', {},
          h('th', {}, T.complaint), h('th', {}, T.standard), h('th', {}, T.application), h('th', {}, T.level),
          h('th', {}, T.due), h('th', { className: 'qz-sla-num' }, T.daysLeft))),
        h('tbody', {}, list.map(c => h('tr', { 'data-complaint': c.complaintId },
          h('td', {}, h('a', { href: c.cockpitPath, title: T.openInstance }, c.complaintId)),
          h('td', {}, c.standard === undefined ? '—' : `№ ${c.standard}`),
          h('td', {}, c.applicationId || '—'),
          h('td', {}, code(c.level)),
          h('td', {}, dateTime(c.dueAt)),
          h('td', { className: 'qz-sla-num' }, c.overdue
            ? h('span', { className: 'qz-sla-badge qz-sla-overdue' }, T.overdueBadge)
            : count(c.workingDaysLeft, c.workingDaysLeft === 0 ? 'today' : null)))))));
}

function header(report, title, reload) {
  return h('div', { className: 'qz-sla-header' },
    h('h3', { className: 'section-title' }, title),
    h('p', { className: 'qz-sla-muted', 'data-qz-sla': 'as-of' },
      T.asOf(dateTime(report.asOf), day(report.today), day(report.dueSoonUntil), report.windowDays,
        dateTime(report.windowFrom)),
      h('button', { className: 'btn btn-default btn-xs', type: 'button', onClick: reload }, T.refresh)));
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
    container.replaceChildren(h('p', { className: 'qz-sla-muted' }, T.loading));
    try {
      state.report = await load();
      paint();
      container.setAttribute('data-qz-sla-loaded', 'true');
    } catch (error) {
      container.replaceChildren(h('div', { className: 'alert alert-warning', 'data-qz-sla': 'error' },
        error.status === 403 ? T.forbidden : error.status === 401 ? T.signIn : error.status === 404 ? T.notFound
          : T.failed(error.status ? `${error.status}` : error.message)));
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
        idle.showIdle ? '' : T.hidden(hidden),
        h('button', { className: 'btn btn-link btn-xs', type: 'button', onClick: idle.toggleIdle },
          idle.showIdle ? T.hide : T.show))
      : null
  ];
}

function dashboardView(report, reload, idle) {
  return [
    header(report, T.dashboardTitle, reload),
    ...standardsSection(report, idle),
    marginBar(report.total),
    overdueTable(report),
    complaintsTable(report)
  ].filter(Boolean);
}

function definitionView(report, reload, idle) {
  const scope = report.scope || {};
  if (scope.kind === 'complaints') {
    return [header(report, T.complaintsView, reload), complaintsTable(report)];
  }
  if (scope.kind === 'block') {
    return [
      header(report, T.dashboardTitle, reload),
      h('p', { className: 'qz-sla-muted' }, T.block),
      ...standardsSection(report, idle),
      overdueTable(report)
    ].filter(Boolean);
  }
  return [
    header(report, T.standardView, reload),
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
    properties: { label: T.tab },
    render: (node, { api, processDefinitionId }) =>
      mount(node, () => fetchReport(api, processDefinitionId), definitionView)
  }
];
