from bpmngen import *

APP = ['applicationId', 'standardNumber', 'standardCode', 'channel', 'caseType', 'applicantName', 'applicantIin',
       'submittedAt']


def user_task(m, id, name, x, y, groups, due, follow_up=None, form=None, listeners=(), parent=None, assignee=None):
    attrs = {'camunda:candidateGroups': groups}
    if assignee:
        attrs['camunda:assignee'] = assignee
    if due:
        attrs['camunda:dueDate'] = due
    if follow_up:
        attrs['camunda:followUpDate'] = follow_up
    if form:
        attrs['camunda:formRef'] = form
        attrs['camunda:formRefBinding'] = 'deployment'
    return m.add(El('userTask', id, name, x, y, attrs=attrs, body=ext(task_listener(), *listeners)), parent)


def service(m, id, name, x, y, expression=None, delegate=None, parent=None):
    attrs = {'camunda:delegateExpression': delegate} if delegate else {'camunda:expression': expression}
    return m.add(El('serviceTask', id, name, x, y, attrs=attrs), parent)


def gateway(m, id, name, x, y, default=None, parent=None):
    attrs = {'default': default} if default else {}
    return m.add(El('exclusiveGateway', id, name, x, y, attrs=attrs), parent)


def event(m, kind, id, name, x, y, body='', parent=None, **kw):
    return m.add(El(kind, id, name, x, y, body=body, **kw), parent)


def answer_breach(m, x, y):
    """The event sub-process that answers the escalation "statutory deadline breached": the breach is
    recorded and the department head gets a task (centre x, y; the review and the automated spine)."""
    es = m.add(El('subProcess', 'SubProcess_AnswerBreach', 'Бұзушылыққа жауап / Ответ на нарушение', x, y,
                  w=560, h=160, triggered=True))
    event(m, 'startEvent', 'StartEvent_BreachRaised', 'Мерзім бұзылды / Срок нарушен', x - 230, y, parent=es,
          attrs={'isInterrupting': 'false'},
          body='<bpmn:escalationEventDefinition id="EscalationEventDefinition_Catch" escalationRef="Escalation_StatutoryDeadlineBreached" />')
    service(m, 'ServiceTask_RecordBreach', 'Бұзушылықты тіркеу / Зарегистрировать нарушение', x - 110, y,
            expression="${breaches.record(execution, 'SERVICE_TERM')}", parent=es)
    user_task(m, 'UserTask_AnswerBreach', 'Мерзімі өткен өтінішке жауап беру / Ответить по просроченному заявлению',
              x + 70, y, 'department-heads', '${deadlines.workingDays(deadlines.now(), 1)}',
              form='answer-escalation', parent=es)
    event(m, 'endEvent', 'EndEvent_BreachAnswered', 'Жауап берілді / Ответ дан', x + 220, y, parent=es)
    m.flow('Flow_ToRecordBreach', 'StartEvent_BreachRaised', 'ServiceTask_RecordBreach', parent=es)
    m.flow('Flow_ToAnswerBreach', 'ServiceTask_RecordBreach', 'UserTask_AnswerBreach', parent=es)
    m.flow('Flow_ToBreachAnswered', 'UserTask_AnswerBreach', 'EndEvent_BreachAnswered', parent=es)
    return es


# ------------------------------------------------------------------ intake
def intake():
    m = Model('common-intake', 'Құжаттарды қабылдау / Приём документов', startable=False,
              doc='Shared block: checks the package against the standard\'s sNN-required-documents table. '
                  'Where the catalog has the refusal ground incomplete-package of stage intake for the channel '
                  '(the PSC, p. 10 of most standards; the provider in standards 15, 16, 20 and 21, p. 9) an '
                  'incomplete package is refused to accept (the applicant gets a receipt listing the missing '
                  'documents); otherwise the application is registered and its statutory due date is computed '
                  'by the working-day calendar from the submission and the channel\'s term.')
    event(m, 'startEvent', 'StartEvent_PackageHandedIn', 'Құжаттар тапсырылды / Документы сданы', 160, 200)
    service(m, 'ServiceTask_CheckPackage', 'Топтаманы тексеру / Проверить пакет документов',
            300, 200, delegate='${packageCompletenessCheck}')
    gateway(m, 'Gateway_PackageComplete', 'Топтама толық па? / Пакет полный?', 460, 200,
            default='Flow_Accepted')
    service(m, 'ServiceTask_RefuseToAccept', 'Қабылдаудан бас тарту / Отказать в приёме документов', 600, 340,
            expression="${applicationProgress.status(execution, 'REFUSED_TO_ACCEPT')}")
    gateway(m, 'Gateway_TakenInByWorker', 'Қызметкер қабылдады ма? / Принял работник?', 760, 340,
            default='Flow_RefusedWithoutReceiptTask')
    user_task(m, 'UserTask_HandRefusalReceipt', 'Бас тарту қолхатын беру / Выдать расписку об отказе', 900, 440,
              '${intakeGroup}', '${deadlines.workingDays(deadlines.now(), 1)}', form='hand-refusal-receipt',
              listeners=[task_listener('create', '${acceptedByFollowUp}')])
    gateway(m, 'Gateway_RefusalClosed', 'Бас тартуды жабу / Закрытие отказа', 1040, 340)
    event(m, 'endEvent', 'EndEvent_RefusedToAccept', 'Қабылданбады / Отказано в приёме', 1140, 340)
    service(m, 'ServiceTask_RegisterApplication', 'Өтінішті тіркеу / Зарегистрировать заявление',
            600, 200, delegate='${applicationRegistration}')
    event(m, 'endEvent', 'EndEvent_Registered', 'Тіркелді / Зарегистрировано', 760, 200)
    m.flow('Flow_ToCheck', 'StartEvent_PackageHandedIn', 'ServiceTask_CheckPackage')
    m.flow('Flow_ToCompleteness', 'ServiceTask_CheckPackage', 'Gateway_PackageComplete')
    m.flow('Flow_IncompleteRefused', 'Gateway_PackageComplete', 'ServiceTask_RefuseToAccept',
           name='толық емес, қабылданбайды / неполный, в приёме отказано',
           condition="${!packageComplete && incompletePackageRefused}")
    m.flow('Flow_Accepted', 'Gateway_PackageComplete', 'ServiceTask_RegisterApplication',
           name='қабылданды / принято')
    m.flow('Flow_ToTakenInByWorker', 'ServiceTask_RefuseToAccept', 'Gateway_TakenInByWorker')
    m.flow('Flow_ToRefusalReceiptTask', 'Gateway_TakenInByWorker', 'UserTask_HandRefusalReceipt',
           name='иә / да', condition="${execution.getVariable('acceptedBy') != null}")
    m.flow('Flow_RefusedWithoutReceiptTask', 'Gateway_TakenInByWorker', 'Gateway_RefusalClosed', name='жоқ / нет')
    m.flow('Flow_ReceiptHanded', 'UserTask_HandRefusalReceipt', 'Gateway_RefusalClosed',
           waypoints=[(960, 440), (1040, 440), (1040, 365)])
    m.flow('Flow_ToRefusedEnd', 'Gateway_RefusalClosed', 'EndEvent_RefusedToAccept')
    m.flow('Flow_ToRegisteredEnd', 'ServiceTask_RegisterApplication', 'EndEvent_Registered')
    return m


# ------------------------------------------------------------------ statutory review
REVIEW_IN = APP + ['acceptedBy', 'intakeGroup', 'reviewerGroup', 'requiredDocuments', 'missingDocuments', 'documentsSubmitted',
                   'applicantFlags', 'statutoryDueDate', 'originalDueDate', 'reminderDate', 'status', 'termExtensions',
                   'reviewDueDate', 'resultDueDate']
REVIEW_OUT = ['decision', 'refusalGround', 'decisionComment', 'status', 'statutoryDueDate', 'reminderDate',
              'reviewDueDate', 'resultDueDate',
              'termExtensions', 'errorCorrections', 'errorsCorrectedBy', 'caseType', 'requiredDocuments',
              'missingDocuments', 'documentsRequestedAt', 'documentsArrivedAt', 'documentsDelivered',
              'requestedDocuments', 'statutoryDeadlineBreached']
DOCS_IN = APP + ['intakeGroup', 'reviewerGroup', 'requestedDocuments', 'notifyApplicantDueDate', 'documentsCapDate',
                 'documentsRequestedAt', 'termExtensions', 'errorCorrections', 'statutoryDueDate', 'reminderDate', 'reviewDueDate',
                 'resultDueDate']
DOCS_OUT = ['documentsOutcome', 'documentsDelivered', 'documentsArrivedAt', 'decision', 'refusalGround',
            'decisionComment', 'statutoryDeadlineBreached']


def review():
    esc = '<bpmn:escalation id="Escalation_StatutoryDeadlineBreached" name="Мерзім бұзылды / Срок нарушен" escalationCode="statutory-deadline-breached" />\n'
    m = Model('common-statutory-review', 'Мерзімінде қарау / Рассмотрение в установленный срок', startable=False,
              extra_defs=esc,
              doc='Shared block: the PSC forwards the package (when it was taken there), the specialist '
                  'reviews it and decides: grant, refuse on one of the standard\'s grounds, request documents '
                  '(the term extends to its cap), record errors of the office (the term extends, the errors are '
                  'corrected and the term runs again from the correction), extend the term for a check; only '
                  'what the catalog allows at the channel is offered (ReviewOptions). A reminder fires at '
                  'the follow-up date; at the statutory due date a non-interrupting timer raises the escalation '
                  '"statutory deadline breached": the breach is recorded and the department head gets a task. '
                  'The review itself goes on.')
    event(m, 'startEvent', 'StartEvent_ReviewStarted', 'Қарауға келді / Поступило на рассмотрение', 150, 260)
    sp = m.add(El('subProcess', 'SubProcess_ServiceWithinTerm',
                  'Қызметті мерзімінде көрсету / Оказание услуги в срок', 880, 330,
                  w=1300, h=600))
    event(m, 'startEvent', 'StartEvent_TermRuns', 'Мерзім басталды / Срок начался', 290, 260, parent=sp)
    gateway(m, 'Gateway_TakenAtPsc', 'ХҚКО-да қабылданды ма? / Принято в ЦОН?', 380, 260,
            default='Flow_NotAtPsc', parent=sp)
    user_task(m, 'UserTask_ForwardPackage', 'Құжаттарды жіберу / Направить документы услугодателю', 490, 160,
              '${intakeGroup}', '${statutoryDueDate}', '${reminderDate}', form='forward-package', parent=sp,
              listeners=[task_listener('create', '${acceptedByFollowUp}')])
    gateway(m, 'Gateway_ToReview', 'Қарауға / На рассмотрение', 610, 260, parent=sp)
    user_task(m, 'UserTask_ReviewApplication', 'Өтінішті қарау / Рассмотреть заявление', 730, 260,
              '${reviewerGroup}', '${reviewDueDate}', '${reminderDate}', form='review-application',
              listeners=[listener('start', "${applicationProgress.status(execution, 'IN_REVIEW')}"),
                         listener('end', '${reviewOptions}', delegate=True),
                         task_listener('create', '${reviewOptions}'),
                         task_listener('create', '${acceptedByFollowUp}')],
              parent=sp)
    event(m, 'boundaryEvent', 'BoundaryEvent_DecisionStage', 'Шешім кезеңі / Этап решения', 760, 300,
          attached='UserTask_ReviewApplication', body=timer_date('${reviewDueDate}', 'DecisionStage'),
          attrs={'cancelActivity': 'false'}, parent=sp)
    service(m, 'ServiceTask_RecordDecisionStage', 'Кезеңді тексеру / Проверить этап решения', 760, 480,
            expression="${breaches.recordStage(execution, 'DECISION_STAGE')}", parent=sp)
    event(m, 'endEvent', 'EndEvent_DecisionStageChecked', 'Тексерілді / Проверено', 760, 580, parent=sp)
    gateway(m, 'Gateway_Decision', 'Шешім? / Решение?', 860, 260, parent=sp)
    # Granted, refused, or closed by the document request: one end of the term.
    gateway(m, 'Gateway_Decided', 'Шешім шықты / Решение вынесено', 1360, 260, parent=sp)
    event(m, 'endEvent', 'EndEvent_Decided', 'Шешім қабылданды / Решение принято', 1450, 260, parent=sp)
    service(m, 'ServiceTask_ExtendForErrors', 'Мерзімді ұзарту / Продлить срок', 990, 140,
            expression='${applicationProgress.extended(execution)}', parent=sp)
    service(m, 'ServiceTask_DocumentsRequested', 'Мерзімді шекке дейін ұзарту / Продлить срок до предельного',
            990, 420, expression='${applicationProgress.documentsRequested(execution)}', parent=sp)
    m.add(El('callActivity', 'CallActivity_DocumentRequest', 'Құжаттарды сұрату / Запрос документов',
             1120, 420, attrs={'calledElement': 'common-document-request', 'camunda:calledElementBinding': 'deployment'},
             body=ext(*mapping(DOCS_IN, DOCS_OUT))), sp)
    gateway(m, 'Gateway_DocumentsOutcome', 'Құжаттар келді ме? / Документы поступили?', 1260, 420,
            default='Flow_DocumentsDelivered', parent=sp)
    service(m, 'ServiceTask_DocumentsArrived', 'Мерзімді қайта есептеу / Пересчитать срок', 1260,
            160, expression='${applicationProgress.documentsArrived(execution)}', parent=sp)
    service(m, 'ServiceTask_ErrorsFound', 'Қателерді тіркеу, мерзімді ұзарту / Зарегистрировать ошибки, продлить срок',
            990, 540, expression='${applicationProgress.errorsFound(execution)}', parent=sp)
    user_task(m, 'UserTask_CorrectErrors', 'Қателерді түзету / Исправить ошибки', 1130, 540,
              '${applicationProgress.errorCorrectors(execution)}', '${errorCorrectionDueDate}', form='correct-errors',
              parent=sp)
    service(m, 'ServiceTask_ErrorsCorrected', 'Мерзімді түзетуден бастап санау / Исчислить срок со дня исправления',
            1260, 540, expression='${applicationProgress.errorsCorrected(execution)}', parent=sp)
    service(m, 'ServiceTask_CaseTypeChanged', 'Өтініш түрін өзгерту / Изменить вид обращения', 1130, 320,
            expression='${applicationProgress.caseTypeChanged(execution)}', parent=sp)
    f = lambda *a, **k: m.flow(*a, parent=sp, **k)
    f('Flow_ToPscCheck', 'StartEvent_TermRuns', 'Gateway_TakenAtPsc')
    f('Flow_AtPsc', 'Gateway_TakenAtPsc', 'UserTask_ForwardPackage', name='иә / да', condition="${channel == 'psc'}")
    f('Flow_NotAtPsc', 'Gateway_TakenAtPsc', 'Gateway_ToReview', name='жоқ / нет')
    f('Flow_Forwarded', 'UserTask_ForwardPackage', 'Gateway_ToReview')
    f('Flow_ToReviewTask', 'Gateway_ToReview', 'UserTask_ReviewApplication')
    f('Flow_ToDecision', 'UserTask_ReviewApplication', 'Gateway_Decision')
    f('Flow_Grant', 'Gateway_Decision', 'Gateway_Decided', name='тағайындау / назначить', condition="${decision == 'grant'}",
      waypoints=[(860, 235), (860, 220), (1360, 220), (1360, 235)])
    f('Flow_Refuse', 'Gateway_Decision', 'Gateway_Decided', name='бас тарту / отказ',
      condition="${decision == 'refuse' || decision == 'withdraw'}")
    f('Flow_Extend', 'Gateway_Decision', 'ServiceTask_ExtendForErrors', name='ұзарту / продление',
      condition="${decision == 'extend'}")
    f('Flow_RequestDocuments', 'Gateway_Decision', 'ServiceTask_DocumentsRequested',
      name='құжат сұрату / запрос документов', condition="${decision == 'request-documents'}")
    f('Flow_ErrorsFound', 'Gateway_Decision', 'ServiceTask_ErrorsFound', name='қателер / ошибки',
      condition="${decision == 'errors-found'}", waypoints=[(860, 285), (860, 540), (930, 540)])
    f('Flow_ToCorrectErrors', 'ServiceTask_ErrorsFound', 'UserTask_CorrectErrors')
    f('Flow_ToErrorsCorrected', 'UserTask_CorrectErrors', 'ServiceTask_ErrorsCorrected')
    f('Flow_BackAfterCorrection', 'ServiceTask_ErrorsCorrected', 'Gateway_ToReview',
      waypoints=[(1260, 580), (1260, 620), (610, 620), (610, 285)])
    f('Flow_ChangeCaseType', 'Gateway_Decision', 'ServiceTask_CaseTypeChanged', name='түрі / вид обращения',
      condition="${decision == 'change-case-type'}", waypoints=[(860, 285), (860, 320), (1070, 320)])
    f('Flow_BackAfterCaseTypeChange', 'ServiceTask_CaseTypeChanged', 'Gateway_ToReview',
      waypoints=[(1190, 320), (1230, 320), (1230, 70), (610, 70), (610, 235)])
    f('Flow_BackAfterExtension', 'ServiceTask_ExtendForErrors', 'Gateway_ToReview',
      waypoints=[(990, 100), (990, 80), (610, 80), (610, 235)])
    f('Flow_ToDocumentRequest', 'ServiceTask_DocumentsRequested', 'CallActivity_DocumentRequest')
    f('Flow_ToDocumentsOutcome', 'CallActivity_DocumentRequest', 'Gateway_DocumentsOutcome')
    f('Flow_DocumentsDelivered', 'Gateway_DocumentsOutcome', 'ServiceTask_DocumentsArrived',
      name='келді / поступили', waypoints=[(1260, 395), (1260, 200)])
    f('Flow_NoDocuments', 'Gateway_DocumentsOutcome', 'Gateway_Decided',
      name='келмеді / не поступили', condition="${documentsOutcome != 'DELIVERED'}",
      waypoints=[(1285, 420), (1360, 420), (1360, 285)])
    f('Flow_ToDecidedEnd', 'Gateway_Decided', 'EndEvent_Decided')
    f('Flow_ToRecordDecisionStage', 'BoundaryEvent_DecisionStage', 'ServiceTask_RecordDecisionStage')
    f('Flow_ToDecisionStageChecked', 'ServiceTask_RecordDecisionStage', 'EndEvent_DecisionStageChecked')
    f('Flow_BackToReview', 'ServiceTask_DocumentsArrived', 'Gateway_ToReview',
      waypoints=[(1260, 120), (1260, 60), (610, 60), (610, 235)])
    # boundary timers
    event(m, 'boundaryEvent', 'BoundaryEvent_DeadlineReminder', 'Еске салу / Напоминание', 600, 630,
          attached='SubProcess_ServiceWithinTerm', body=timer_date('${reminderDate}', 'DeadlineReminder'),
          attrs={'cancelActivity': 'false'})
    service(m, 'ServiceTask_Remind', 'Еске салу / Напоминание', 600, 740,
            expression="${reminders.remind(execution)}")
    event(m, 'endEvent', 'EndEvent_Reminded', 'Еске салынды / Напомнено', 760, 740)
    event(m, 'boundaryEvent', 'BoundaryEvent_StatutoryDeadline', 'Мерзім өтті / Срок истёк', 1000, 630,
          attached='SubProcess_ServiceWithinTerm', body=timer_date('${statutoryDueDate}', 'StatutoryDeadline'),
          attrs={'cancelActivity': 'false'})
    event(m, 'endEvent', 'EndEvent_EscalateBreach', 'Мерзім бұзылды / Срок нарушен', 1000, 740,
          body='<bpmn:escalationEventDefinition id="EscalationEventDefinition_Throw" escalationRef="Escalation_StatutoryDeadlineBreached" />')
    event(m, 'endEvent', 'EndEvent_ReviewDone', 'Қаралды / Рассмотрено', 1620, 360,
          body='<bpmn:terminateEventDefinition id="TerminateEventDefinition_ReviewDone" />')
    m.flow('Flow_ToTerm', 'StartEvent_ReviewStarted', 'SubProcess_ServiceWithinTerm',
           waypoints=[(168, 260), (230, 260)])
    m.flow('Flow_ToRemind', 'BoundaryEvent_DeadlineReminder', 'ServiceTask_Remind')
    m.flow('Flow_ToReminded', 'ServiceTask_Remind', 'EndEvent_Reminded')
    m.flow('Flow_ToEscalate', 'BoundaryEvent_StatutoryDeadline', 'EndEvent_EscalateBreach')
    m.flow('Flow_ToReviewDone', 'SubProcess_ServiceWithinTerm', 'EndEvent_ReviewDone',
           waypoints=[(1530, 360), (1602, 360)])
    # the escalation answered: an event sub-process
    answer_breach(m, 1330, 800)
    return m


# ------------------------------------------------------------------ document request
def documents():
    m = Model('common-document-request', 'Қосымша құжаттарды сұрату / Запрос дополнительных документов', startable=False,
              extra_defs='<bpmn:message id="Message_DocumentsDelivered" name="DocumentsDelivered" />\n',
              doc='Shared block: the applicant is notified of the documents requested within the standard\'s '
                  'notice term (escalated to the head when missed) while the documents are awaited: delivered '
                  'over the API (message DocumentsDelivered) or entered by an operator. If nothing arrives by '
                  'the cap (30 working days from submission), the breach is recorded and the head refuses the '
                  'application or closes it as withdrawn.')
    event(m, 'startEvent', 'StartEvent_DocumentsRequested', 'Құжаттар сұратылды / Документы запрошены', 150, 260)
    sp = m.add(El('subProcess', 'SubProcess_AwaitDocuments', 'Құжаттарды күту / Ожидание документов', 720, 340,
                  w=1000, h=520))
    event(m, 'startEvent', 'StartEvent_AwaitingDocuments', 'Күту басталды / Ожидание началось', 280, 300, parent=sp)
    m.add(El('parallelGateway', 'Gateway_NotifyAndAwait', 'Хабарлау және күту / Уведомить и ожидать', 360, 300), sp)
    user_task(m, 'UserTask_NotifyApplicant', 'Өтініш берушіге хабарлау / Уведомить заявителя о запросе документов',
              480, 170, '${reviewerGroup}', '${notifyApplicantDueDate}', form='notify-applicant', parent=sp)
    event(m, 'endEvent', 'EndEvent_ApplicantNotified', 'Хабарланды / Уведомлено', 640, 170, parent=sp)
    user_task(m, 'UserTask_ReceiveDocuments', 'Қосымша құжаттарды қабылдау / Принять дополнительные документы', 520,
              380, '${intakeGroup}', '${documentsCapDate}', form='receive-documents', parent=sp)
    event(m, 'boundaryEvent', 'BoundaryEvent_NotificationDeadline', 'Хабарлау мерзімі / Срок уведомления', 480, 210,
          attached='UserTask_NotifyApplicant', body=timer_date('${notifyApplicantDueDate}', 'NotificationDeadline'),
          attrs={'cancelActivity': 'false'}, parent=sp)
    service(m, 'ServiceTask_RecordNotificationBreach', 'Бұзушылықты тіркеу / Зарегистрировать пропуск срока уведомления', 680, 260,
            expression="${breaches.record(execution, 'APPLICANT_NOTIFICATION')}", parent=sp)
    user_task(m, 'UserTask_AnswerMissedNotification', 'Хабарлау мерзімі өтті / Срок уведомления истёк', 840, 260,
              'department-heads', '${deadlines.workingDays(deadlines.now(), 1)}', form='answer-escalation', parent=sp)
    event(m, 'endEvent', 'EndEvent_MissedNoticeAnswered', 'Жауап берілді / Ответ дан', 990, 260, parent=sp)
    event(m, 'boundaryEvent', 'BoundaryEvent_DocumentsDelivered', 'Құжаттар келді / Документы поступили', 560, 420,
          attached='UserTask_ReceiveDocuments', parent=sp,
          body='<bpmn:messageEventDefinition id="MessageEventDefinition_DocumentsDelivered" messageRef="Message_DocumentsDelivered" />')
    event(m, 'boundaryEvent', 'BoundaryEvent_DocumentsCap', 'Шекті мерзім / Предельный срок', 500, 420,
          attached='UserTask_ReceiveDocuments', body=timer_date('${documentsCapDate}', 'DocumentsCap'), parent=sp)
    # Entered by an operator or delivered over the API: one end.
    gateway(m, 'Gateway_DocumentsIn', 'Құжаттар келді / Документы поступили', 1040, 380, parent=sp)
    event(m, 'endEvent', 'EndEvent_DocumentsReceived', 'Құжаттар қабылданды / Документы приняты', 1120, 380,
          parent=sp, body=ext(listener('start', "${execution.setVariable('documentsOutcome', 'DELIVERED')}"))
          + '\n<bpmn:terminateEventDefinition id="TerminateEventDefinition_Received" />')
    service(m, 'ServiceTask_RecordCapBreach', 'Бұзушылықты тіркеу / Зарегистрировать истечение предельного срока', 700, 520,
            expression="${breaches.record(execution, 'DOCUMENTS_CAP')}", parent=sp)
    user_task(m, 'UserTask_DecideWithoutDocuments', 'Құжатсыз шешім / Решение без документов', 860, 520,
              'department-heads', '${deadlines.workingDays(deadlines.now(), 1)}', form='decide-without-documents',
              parent=sp)
    event(m, 'endEvent', 'EndEvent_ClosedWithoutDocuments', 'Құжатсыз жабылды / Закрыто без документов', 1120, 520,
          parent=sp, body=ext(listener('start', "${execution.setVariable('documentsOutcome', decision == 'withdraw' ? 'WITHDRAWN' : 'REFUSED')}"))
          + '\n<bpmn:terminateEventDefinition id="TerminateEventDefinition_Closed" />')
    f = lambda *a, **k: m.flow(*a, parent=sp, **k)
    f('Flow_ToSplit', 'StartEvent_AwaitingDocuments', 'Gateway_NotifyAndAwait')
    f('Flow_ToNotify', 'Gateway_NotifyAndAwait', 'UserTask_NotifyApplicant')
    f('Flow_ToReceive', 'Gateway_NotifyAndAwait', 'UserTask_ReceiveDocuments')
    f('Flow_ToNotified', 'UserTask_NotifyApplicant', 'EndEvent_ApplicantNotified')
    f('Flow_ToRecordNoticeBreach', 'BoundaryEvent_NotificationDeadline', 'ServiceTask_RecordNotificationBreach')
    f('Flow_ToAnswerNotice', 'ServiceTask_RecordNotificationBreach', 'UserTask_AnswerMissedNotification')
    f('Flow_ToNoticeAnswered', 'UserTask_AnswerMissedNotification', 'EndEvent_MissedNoticeAnswered')
    f('Flow_EnteredByOperator', 'UserTask_ReceiveDocuments', 'Gateway_DocumentsIn')
    f('Flow_DeliveredOverApi', 'BoundaryEvent_DocumentsDelivered', 'Gateway_DocumentsIn',
      waypoints=[(560, 438), (560, 460), (1040, 460), (1040, 405)])
    f('Flow_ToDocumentsReceived', 'Gateway_DocumentsIn', 'EndEvent_DocumentsReceived')
    f('Flow_ToRecordCapBreach', 'BoundaryEvent_DocumentsCap', 'ServiceTask_RecordCapBreach')
    f('Flow_ToDecideWithout', 'ServiceTask_RecordCapBreach', 'UserTask_DecideWithoutDocuments')
    f('Flow_ToClosedWithout', 'UserTask_DecideWithoutDocuments', 'EndEvent_ClosedWithoutDocuments')
    event(m, 'endEvent', 'EndEvent_RequestClosed', 'Сұрату жабылды / Запрос закрыт', 1300, 340)
    m.flow('Flow_ToAwait', 'StartEvent_DocumentsRequested', 'SubProcess_AwaitDocuments',
           waypoints=[(168, 260), (220, 260)])
    m.flow('Flow_ToRequestClosed', 'SubProcess_AwaitDocuments', 'EndEvent_RequestClosed',
           waypoints=[(1220, 340), (1282, 340)])
    return m


# ------------------------------------------------------------------ result delivery
def result():
    m = Model('common-result-delivery', 'Нәтижені беру / Выдача результата', startable=False,
              extra_defs='<bpmn:message id="Message_DocumentsDelivered" name="DocumentsDelivered" />',
              doc='Shared block: the decision is recorded and the result goes back through the channel the '
                  'application came from: the PSC or the pension centre hands it over, the department or the '
                  'akim hands it over, the portal publishes it to the personal cabinet. Where the standard fixes '
                  'stages after the decision (standard 29: the notice of the decision in 3 working days, the '
                  'applicant\'s departure-guarantee documents in 20, the hand-over in 3; standard 13: the '
                  'certificate in 5), each has its due date and its timer; an applicant who misses the own stage '
                  'is escalated to the head. Ends GRANTED, REFUSED or WITHDRAWN.')
    event(m, 'startEvent', 'StartEvent_DecisionTaken', 'Шешім қабылданды / Решение принято', 150, 300)
    service(m, 'ServiceTask_ResultReady', 'Нәтиже дайын / Результат готов', 290, 300,
            expression="${applicationProgress.resultReady(execution)}")
    gateway(m, 'Gateway_DecisionNotice', 'Шешім туралы хабарлау керек пе? / Нужно уведомить о решении?', 420, 300,
            default='Flow_NoDecisionNotice')
    user_task(m, 'UserTask_NotifyDecision', 'Шешім туралы хабарлау / Уведомить заявителя о решении', 540, 190,
              '${reviewerGroup}', '${notifyDecisionDueDate}', form='notify-applicant',
              listeners=[listener('end', '${applicationProgress.decisionNotified(execution)}')])
    event(m, 'boundaryEvent', 'BoundaryEvent_DecisionNoticeTerm', 'Хабарлау мерзімі / Срок уведомления', 560, 140,
          attached='UserTask_NotifyDecision', body=timer_date('${notifyDecisionDueDate}', 'DecisionNoticeTerm'),
          attrs={'cancelActivity': 'false'})
    service(m, 'ServiceTask_RecordLateDecisionNotice', 'Бұзушылықты тіркеу / Зарегистрировать просрочку уведомления', 560, 50,
            expression="${breaches.record(execution, 'DECISION_NOTIFICATION')}")
    event(m, 'endEvent', 'EndEvent_LateNoticeRecorded', 'Тіркелді / Зарегистрировано', 700, 50)
    # Notified or not: one way on, so that the next gateway only forks.
    gateway(m, 'Gateway_DecisionNoticeDone', 'Хабарлаудан кейін / После уведомления', 660, 300)
    gateway(m, 'Gateway_ApplicantStage', 'Өтініш берушінің кезеңі бар ма? / Есть этап заявителя?', 760, 300,
            default='Flow_NoApplicantStage')
    user_task(m, 'UserTask_ReceiveApplicantDocuments', 'Өтініш берушінің құжаттарын қабылдау / Принять документы заявителя',
              880, 430, '${intakeGroup}', '${applicantStageDueDate}', form='receive-documents')
    event(m, 'boundaryEvent', 'BoundaryEvent_ApplicantDocumentsDelivered', 'Құжаттар келді / Документы поступили', 920, 470,
          attached='UserTask_ReceiveApplicantDocuments',
          body='<bpmn:messageEventDefinition id="MessageEventDefinition_ApplicantDocuments" messageRef="Message_DocumentsDelivered" />')
    event(m, 'boundaryEvent', 'BoundaryEvent_ApplicantStageTerm', 'Өтініш беруші мерзімі / Срок заявителя', 860, 470,
          attached='UserTask_ReceiveApplicantDocuments', body=timer_date('${applicantStageDueDate}', 'ApplicantStageTerm'))
    service(m, 'ServiceTask_RecordApplicantMissed', 'Мерзімнің өткенін тіркеу / Зарегистрировать пропуск срока', 860, 580,
            expression="${breaches.record(execution, 'APPLICANT_STAGE_MISSED')}")
    user_task(m, 'UserTask_DecideOnMissedApplicantStage', 'Өтініш беруші келмеді / Заявитель не явился',
              1000, 580, 'department-heads', '${deadlines.workingDays(deadlines.now(), 1)}', form='decide-missed-applicant-stage')
    gateway(m, 'Gateway_KeepWaiting', 'Күте ме? / Продолжить ожидание?', 1160, 580, default='Flow_CloseWithdrawn')
    user_task(m, 'UserTask_ReceiveLateApplicantDocuments', 'Кешіккен құжаттарды қабылдау / Принять опоздавшие документы',
              1160, 720, '${intakeGroup}', '${deadlines.workingDays(deadlines.now(), 5)}', form='receive-documents')
    event(m, 'boundaryEvent', 'BoundaryEvent_LateDocumentsDelivered', 'Құжаттар келді / Документы поступили', 1180, 760,
          attached='UserTask_ReceiveLateApplicantDocuments',
          body='<bpmn:messageEventDefinition id="MessageEventDefinition_LateDocuments" messageRef="Message_DocumentsDelivered" />')
    service(m, 'ServiceTask_CloseWithdrawn', 'Кері қайтарылды деп жабу / Закрыть как отозванное', 1300, 580,
            expression="${applicationProgress.status(execution, 'WITHDRAWN')}")
    event(m, 'endEvent', 'EndEvent_Withdrawn', 'Кері қайтарылды / Отозвано', 1440, 580)
    gateway(m, 'Gateway_ApplicantDocumentsIn', 'Құжаттар келді / Документы поступили', 1070, 430)
    service(m, 'ServiceTask_ApplicantDocumentsArrived', 'Тапсыру мерзімін есептеу / Рассчитать срок выдачи',
            1210, 430, expression='${applicationProgress.applicantDocumentsArrived(execution)}')
    # With or without the applicant's stage: one way on, so that the channel gateway only forks.
    gateway(m, 'Gateway_ToDelivery', 'Беруге / К выдаче', 1320, 300)
    gateway(m, 'Gateway_ResultChannel', 'Нәтиже қайда? / Куда направить результат?', 1420, 300,
            default='Flow_HandOver')
    service(m, 'ServiceTask_PublishToCabinet', 'Жеке кабинетке жіберу / Направить в личный кабинет', 1560, 430,
            expression="${execution.setVariable('resultPublishedAt', deadlines.now())}")
    user_task(m, 'UserTask_HandOverResult', 'Нәтижені беру / Выдать результат заявителю', 1560, 300,
              '${intakeGroup}', '${resultDueDate}', '${reminderDate}', form='hand-over-result')
    event(m, 'boundaryEvent', 'BoundaryEvent_HandOverTerm', 'Беру мерзімі / Срок выдачи', 1580, 260,
          attached='UserTask_HandOverResult', body=timer_date('${resultDueDate}', 'HandOverTerm'),
          attrs={'cancelActivity': 'false'})
    service(m, 'ServiceTask_RecordLateHandOver', 'Бұзушылықты тіркеу / Зарегистрировать просрочку выдачи', 1580, 160,
            expression="${breaches.record(execution, 'RESULT_HANDOVER')}")
    event(m, 'endEvent', 'EndEvent_LateHandOverRecorded', 'Тіркелді / Зарегистрировано', 1720, 160)
    gateway(m, 'Gateway_Delivered', 'Берілді / Выдано', 1700, 300)
    gateway(m, 'Gateway_Outcome', 'Нәтиже? / Итог?', 1800, 300, default='Flow_Refused')
    service(m, 'ServiceTask_Granted', 'Көрсетілді деп белгілеу / Отметить оказание услуги', 1940, 220,
            expression="${applicationProgress.status(execution, 'GRANTED')}")
    service(m, 'ServiceTask_Refused', 'Бас тартылды деп белгілеу / Отметить отказ', 1940, 380,
            expression="${applicationProgress.status(execution, 'REFUSED')}")
    event(m, 'endEvent', 'EndEvent_Granted', 'Көрсетілді / Услуга оказана', 2090, 220)
    event(m, 'endEvent', 'EndEvent_Refused', 'Бас тартылды / Отказано', 2090, 380)
    m.flow('Flow_ToResultReady', 'StartEvent_DecisionTaken', 'ServiceTask_ResultReady')
    m.flow('Flow_ToDecisionNotice', 'ServiceTask_ResultReady', 'Gateway_DecisionNotice')
    m.flow('Flow_DecisionNoticeDue', 'Gateway_DecisionNotice', 'UserTask_NotifyDecision', name='иә / да',
           condition="${decision == 'grant' && execution.getVariable('notifyDecisionDueDate') != null}")
    m.flow('Flow_NoDecisionNotice', 'Gateway_DecisionNotice', 'Gateway_DecisionNoticeDone', name='жоқ / нет')
    m.flow('Flow_DecisionNoticeGiven', 'UserTask_NotifyDecision', 'Gateway_DecisionNoticeDone',
           waypoints=[(600, 190), (660, 190), (660, 275)])
    m.flow('Flow_ToApplicantStage', 'Gateway_DecisionNoticeDone', 'Gateway_ApplicantStage')
    m.flow('Flow_ToRecordLateNotice', 'BoundaryEvent_DecisionNoticeTerm', 'ServiceTask_RecordLateDecisionNotice',
           waypoints=[(560, 122), (560, 80)])
    m.flow('Flow_ToLateNoticeRecorded', 'ServiceTask_RecordLateDecisionNotice', 'EndEvent_LateNoticeRecorded')
    m.flow('Flow_ApplicantStageDue', 'Gateway_ApplicantStage', 'UserTask_ReceiveApplicantDocuments', name='иә / да',
           condition="${decision == 'grant' && execution.getVariable('applicantStageDueDate') != null}")
    m.flow('Flow_NoApplicantStage', 'Gateway_ApplicantStage', 'Gateway_ToDelivery', name='жоқ / нет')
    m.flow('Flow_ApplicantDocumentsEntered', 'UserTask_ReceiveApplicantDocuments', 'Gateway_ApplicantDocumentsIn')
    m.flow('Flow_ApplicantDocumentsOverApi', 'BoundaryEvent_ApplicantDocumentsDelivered', 'Gateway_ApplicantDocumentsIn',
           waypoints=[(920, 488), (920, 510), (1070, 510), (1070, 455)])
    m.flow('Flow_ToRecordApplicantMissed', 'BoundaryEvent_ApplicantStageTerm', 'ServiceTask_RecordApplicantMissed')
    m.flow('Flow_ToDecideOnMissed', 'ServiceTask_RecordApplicantMissed', 'UserTask_DecideOnMissedApplicantStage')
    m.flow('Flow_ToKeepWaiting', 'UserTask_DecideOnMissedApplicantStage', 'Gateway_KeepWaiting')
    m.flow('Flow_KeepWaiting', 'Gateway_KeepWaiting', 'UserTask_ReceiveLateApplicantDocuments', name='күту / ждать',
           condition="${missedStageDecision == 'wait'}")
    m.flow('Flow_CloseWithdrawn', 'Gateway_KeepWaiting', 'ServiceTask_CloseWithdrawn', name='жабу / закрыть')
    m.flow('Flow_ToWithdrawnEnd', 'ServiceTask_CloseWithdrawn', 'EndEvent_Withdrawn')
    m.flow('Flow_LateDocumentsEntered', 'UserTask_ReceiveLateApplicantDocuments', 'Gateway_ApplicantDocumentsIn',
           waypoints=[(1100, 720), (1070, 720), (1070, 455)])
    m.flow('Flow_LateDocumentsOverApi', 'BoundaryEvent_LateDocumentsDelivered', 'Gateway_ApplicantDocumentsIn',
           waypoints=[(1180, 778), (1180, 800), (1070, 800), (1070, 455)])
    m.flow('Flow_ToApplicantDocumentsArrived', 'Gateway_ApplicantDocumentsIn', 'ServiceTask_ApplicantDocumentsArrived')
    m.flow('Flow_FromApplicantStage', 'ServiceTask_ApplicantDocumentsArrived', 'Gateway_ToDelivery',
           waypoints=[(1270, 430), (1320, 430), (1320, 325)])
    m.flow('Flow_ToResultChannel', 'Gateway_ToDelivery', 'Gateway_ResultChannel')
    m.flow('Flow_ToPortal', 'Gateway_ResultChannel', 'ServiceTask_PublishToCabinet', name='портал / портал',
           condition="${channel == 'portal'}")
    m.flow('Flow_HandOver', 'Gateway_ResultChannel', 'UserTask_HandOverResult', name='кеңсе / офис')
    m.flow('Flow_FromPortal', 'ServiceTask_PublishToCabinet', 'Gateway_Delivered',
           waypoints=[(1620, 430), (1700, 430), (1700, 325)])
    m.flow('Flow_FromOffice', 'UserTask_HandOverResult', 'Gateway_Delivered')
    m.flow('Flow_ToRecordLateHandOver', 'BoundaryEvent_HandOverTerm', 'ServiceTask_RecordLateHandOver',
           waypoints=[(1580, 242), (1580, 200)])
    m.flow('Flow_ToLateHandOverRecorded', 'ServiceTask_RecordLateHandOver', 'EndEvent_LateHandOverRecorded')
    m.flow('Flow_ToOutcome', 'Gateway_Delivered', 'Gateway_Outcome')
    m.flow('Flow_Granted', 'Gateway_Outcome', 'ServiceTask_Granted', name='тағайындалды / назначено',
           condition="${decision == 'grant'}")
    m.flow('Flow_Refused', 'Gateway_Outcome', 'ServiceTask_Refused', name='бас тарту / отказ')
    m.flow('Flow_ToGrantedEnd', 'ServiceTask_Granted', 'EndEvent_Granted')
    m.flow('Flow_ToRefusedEnd', 'ServiceTask_Refused', 'EndEvent_Refused')
    return m


# ------------------------------------------------------------------ complaint review
def complaint():
    m = Model('complaint-review', 'Шағымды қарау / Рассмотрение жалобы', startable=False,
              doc='A complaint about an application, its own process because complaints also come after the '
                  'result. Level provider: the department heads review it within 5 working days of its '
                  'registration; level psc-head (a PSC employee\'s actions, where the decree addresses such a '
                  'complaint to the PSC\'s head): the PSC heads within the catalog\'s complaints.pscHead term; '
                  'level quality-authority: the quality inspectors within 15. Overdue reviews are recorded as '
                  'breaches and escalated to the process owners. A complaint rejected by the provider or the PSC '
                  'head can go on to the quality authority.')
    event(m, 'startEvent', 'StartEvent_ComplaintFiled', 'Шағым түсті / Поступила жалоба', 150, 200)
    service(m, 'ServiceTask_RegisterComplaint', 'Шағымды тіркеу / Зарегистрировать жалобу', 290, 200,
            delegate='${complaintRegistration}')
    user_task(m, 'UserTask_ReviewComplaint', 'Шағымды қарау / Рассмотреть жалобу', 450, 200,
              '${complaintReviewerGroup}', '${complaintDueDate}', '${deadlines.workingDaysBefore(complaintDueDate, 1)}',
              form='review-complaint')
    event(m, 'boundaryEvent', 'BoundaryEvent_ComplaintDeadline', 'Қарау мерзімі / Срок рассмотрения', 470, 240,
          attached='UserTask_ReviewComplaint', body=timer_date('${complaintDueDate}', 'ComplaintDeadline'),
          attrs={'cancelActivity': 'false'})
    service(m, 'ServiceTask_RecordComplaintBreach', 'Бұзушылықты тіркеу / Зарегистрировать просрочку рассмотрения', 470, 360,
            expression="${breaches.record(execution, 'COMPLAINT_REVIEW')}")
    user_task(m, 'UserTask_AnswerOverdueComplaint', 'Шағымды қарау мерзімі өтті / Срок рассмотрения жалобы истёк',
              630, 360, 'process-owners', '${deadlines.workingDays(deadlines.now(), 1)}', form='answer-escalation')
    event(m, 'endEvent', 'EndEvent_OverdueAnswered', 'Жауап берілді / Ответ дан', 780, 360)
    gateway(m, 'Gateway_ComplaintOutcome', 'Шағым қанағаттандырылды ма? / Жалоба удовлетворена?', 610, 200,
            default='Flow_Rejected')
    event(m, 'endEvent', 'EndEvent_Upheld', 'Қанағаттандырылды / Удовлетворена', 690, 100,
          body='<bpmn:terminateEventDefinition id="TerminateEventDefinition_Upheld" />')
    gateway(m, 'Gateway_Appeal', 'Сапа органына ма? / В орган контроля качества?', 760, 200,
            default='Flow_NoAppeal')
    m.add(El('callActivity', 'CallActivity_QualityAuthorityReview',
             'Сапа органында қарау / Рассмотрение в органе контроля качества', 910, 100,
             attrs={'calledElement': 'complaint-review', 'camunda:calledElementBinding': 'deployment'},
             body=ext('<camunda:in businessKey="${complaintId}-QA" />',
                      *mapping(['applicationId', 'standardNumber', 'standardCode', 'applicantName', 'complaintText'],
                               ['complaintOutcome', 'complaintReasons'], business_key=False,
                               in_exprs=[('complaintLevel', 'quality-authority'),
                                         ('complaintId', '${complaintId}-QA')]))))
    event(m, 'endEvent', 'EndEvent_Appealed', 'Сапа органы қарады / Рассмотрено органом контроля качества', 1060, 100,
          body='<bpmn:terminateEventDefinition id="TerminateEventDefinition_Appealed" />')
    event(m, 'endEvent', 'EndEvent_Rejected', 'Қанағаттандырылмады / Не удовлетворена', 930, 200,
          body='<bpmn:terminateEventDefinition id="TerminateEventDefinition_Rejected" />')
    m.flow('Flow_ToRegister', 'StartEvent_ComplaintFiled', 'ServiceTask_RegisterComplaint')
    m.flow('Flow_ToReviewComplaint', 'ServiceTask_RegisterComplaint', 'UserTask_ReviewComplaint')
    m.flow('Flow_ToOutcome', 'UserTask_ReviewComplaint', 'Gateway_ComplaintOutcome')
    m.flow('Flow_Upheld', 'Gateway_ComplaintOutcome', 'EndEvent_Upheld', name='иә / удовлетворена',
           condition="${complaintOutcome == 'upheld'}")
    m.flow('Flow_Rejected', 'Gateway_ComplaintOutcome', 'Gateway_Appeal', name='жоқ / нет')
    m.flow('Flow_Appeal', 'Gateway_Appeal', 'CallActivity_QualityAuthorityReview', name='иә / да',
           condition="${complaintLevel != 'quality-authority' && execution.getVariable('appealToQualityAuthority') == true}")
    m.flow('Flow_NoAppeal', 'Gateway_Appeal', 'EndEvent_Rejected', name='жоқ / нет')
    m.flow('Flow_ToAppealed', 'CallActivity_QualityAuthorityReview', 'EndEvent_Appealed')
    m.flow('Flow_ToRecordComplaintBreach', 'BoundaryEvent_ComplaintDeadline', 'ServiceTask_RecordComplaintBreach')
    m.flow('Flow_ToAnswerOverdue', 'ServiceTask_RecordComplaintBreach', 'UserTask_AnswerOverdueComplaint')
    m.flow('Flow_ToOverdueAnswered', 'UserTask_AnswerOverdueComplaint', 'EndEvent_OverdueAnswered')
    return m


