from bpmngen import *
from blocks import APP, REVIEW_IN, REVIEW_OUT, answer_breach, service, gateway, event, user_task

INTAKE_IN = APP + ['applicantFlags', 'documentsSubmitted', 'acceptedBy']
INTAKE_OUT = ['requiredDocuments', 'missingDocuments', 'packageComplete', 'status', 'intakeGroup', 'reviewerGroup',
              'statutoryDueDate', 'originalDueDate', 'reminderDate', 'reviewDueDate', 'resultDueDate']
RESULT_IN = APP + ['intakeGroup', 'reviewerGroup', 'decision', 'refusalGround', 'decisionComment', 'statutoryDueDate',
                   'reminderDate', 'reviewDueDate', 'resultDueDate', 'termExtensions', 'errorCorrections',
                   'documentsRequestedAt',
                   'documentsArrivedAt']
RESULT_OUT = ['status', 'resultPublishedAt']


def call(m, id, name, x, y, block, ins, outs):
    return m.add(El('callActivity', id, name, x, y,
                    attrs={'calledElement': block, 'camunda:calledElementBinding': 'deployment'},
                    body=ext(*mapping(ins, outs))))


def shorten(text, limit):
    """The text cut at a word to fit the limit, with an ellipsis when cut."""
    if len(text) <= limit:
        return text
    cut = text[:limit - 1]
    if ' ' in cut:
        cut = cut[:cut.rindex(' ')]
    return cut.rstrip(' ,;:') + '…'


def process_name(code, name_kk, name_ru):
    """'S08 · <kk> / <ru>' within the engine's 255-character name column: the Russian part is shortened
    first (to no less than 100 characters), then the Kazakh, the state language, if it is still too long."""
    prefix, room = f'{code} · ', 255 - len(code) - 3 - 3
    if len(name_kk) + len(name_ru) <= room:
        return f'{prefix}{name_kk} / {name_ru}'
    ru = shorten(name_ru, max(room - len(name_kk), min(len(name_ru), 100)))
    return f'{prefix}{shorten(name_kk, room - len(ru))} / {ru}'


def spine(process_key, name_kk, name_ru, doc, information_channel=None):
    code = process_key.split('-')[0].upper()
    name = process_name(code, name_kk, name_ru)
    m = Model(process_key, name, startable=True, doc=doc)
    event(m, 'startEvent', 'StartEvent_ApplicationSubmitted', 'Өтініш берілді / Заявление подано', 150, 200,
          body=ext('<camunda:executionListener delegateExpression="${applicationStart}" event="start" />'),
          attrs={'camunda:formRef': f'submit-application-{code.lower()}', 'camunda:formRefBinding': 'deployment'})
    first = 'CallActivity_Intake'
    if information_channel:
        gateway(m, 'Gateway_InformationRequest', 'Ақпарат сұрауы ма? / Запрос сведений?', 250, 200,
                default='Flow_ToIntake')
        service(m, 'ServiceTask_AnswerInformation', 'Ақпаратты автоматты түрде беру / Автоматически выдать сведения',
                390, 460, expression='${informationRequests.answer(execution)}')
        event(m, 'endEvent', 'EndEvent_Answered', 'Жауап берілді / Ответ дан', 530, 460)
    call(m, 'CallActivity_Intake', 'Құжаттарды қабылдау / Приём документов', 390, 200, 'common-intake',
         INTAKE_IN, INTAKE_OUT)
    gateway(m, 'Gateway_Accepted', 'Қабылданды ма? / Принято?', 530, 200, default='Flow_ToReview')
    event(m, 'endEvent', 'EndEvent_RefusedToAccept', 'Қабылданбады / Отказано в приёме', 530, 340)
    call(m, 'CallActivity_Review', 'Өтінішті мерзімінде қарау / Рассмотрение заявления в срок', 670, 200,
         'common-statutory-review', REVIEW_IN, REVIEW_OUT)
    gateway(m, 'Gateway_Withdrawn', 'Кері қайтарылды ма? / Отозвано?', 810, 200, default='Flow_ToResult')
    service(m, 'ServiceTask_MarkWithdrawn', 'Кері қайтарылды деп жабу / Закрыть как отозванное', 810, 340,
            expression="${applicationProgress.status(execution, 'WITHDRAWN')}")
    # Withdrawn during the review or after the decision (the applicant's own stage missed): one end.
    gateway(m, 'Gateway_WithdrawnClosed', 'Кері қайтарылғанды жабу / Закрытие отозванного', 960, 340)
    event(m, 'endEvent', 'EndEvent_Withdrawn', 'Кері қайтарылды / Отозвано', 1040, 340)
    call(m, 'CallActivity_ResultDelivery', 'Нәтижені беру / Выдача результата', 950, 200, 'common-result-delivery',
         RESULT_IN, RESULT_OUT)
    gateway(m, 'Gateway_Result', 'Нәтиже? / Результат?', 1090, 200, default='Flow_ToRefused')
    event(m, 'endEvent', 'EndEvent_Granted', 'Көрсетілді / Услуга оказана', 1200, 100)
    event(m, 'endEvent', 'EndEvent_Refused', 'Бас тартылды / Отказано', 1200, 200)
    if information_channel:
        m.flow('Flow_ToChannel', 'StartEvent_ApplicationSubmitted', 'Gateway_InformationRequest')
        m.flow('Flow_InformationRequest', 'Gateway_InformationRequest', 'ServiceTask_AnswerInformation',
               name='портал: ақпарат / портал: сведения', condition=f"${{channel == '{information_channel}'}}")
        m.flow('Flow_ToIntake', 'Gateway_InformationRequest', 'CallActivity_Intake', name='өтініш / заявление')
        m.flow('Flow_ToAnswered', 'ServiceTask_AnswerInformation', 'EndEvent_Answered')
    else:
        m.flow('Flow_ToIntake', 'StartEvent_ApplicationSubmitted', 'CallActivity_Intake')
    m.flow('Flow_ToAccepted', 'CallActivity_Intake', 'Gateway_Accepted')
    m.flow('Flow_NotAccepted', 'Gateway_Accepted', 'EndEvent_RefusedToAccept', name='жоқ / нет',
           condition="${status == 'REFUSED_TO_ACCEPT'}")
    m.flow('Flow_ToReview', 'Gateway_Accepted', 'CallActivity_Review', name='иә / да')
    m.flow('Flow_ToWithdrawn', 'CallActivity_Review', 'Gateway_Withdrawn')
    m.flow('Flow_Withdrawn', 'Gateway_Withdrawn', 'ServiceTask_MarkWithdrawn', name='иә / да',
           condition="${decision == 'withdraw'}")
    m.flow('Flow_ToWithdrawnClosed', 'ServiceTask_MarkWithdrawn', 'Gateway_WithdrawnClosed')
    m.flow('Flow_ToWithdrawnEnd', 'Gateway_WithdrawnClosed', 'EndEvent_Withdrawn')
    m.flow('Flow_ToResult', 'Gateway_Withdrawn', 'CallActivity_ResultDelivery', name='жоқ / нет')
    m.flow('Flow_ToResultGateway', 'CallActivity_ResultDelivery', 'Gateway_Result')
    m.flow('Flow_ToGranted', 'Gateway_Result', 'EndEvent_Granted', name='көрсетілді / оказано',
           condition="${status == 'GRANTED'}")
    m.flow('Flow_WithdrawnAfterDecision', 'Gateway_Result', 'Gateway_WithdrawnClosed', name='кері қайтарылды / отозвано',
           condition="${status == 'WITHDRAWN'}", waypoints=[(1090, 225), (1090, 420), (960, 420), (960, 365)])
    m.flow('Flow_ToRefused', 'Gateway_Result', 'EndEvent_Refused', name='бас тартылды / отказано')
    return m





def s13(process_key, name_kk, name_ru, doc):
    """Standard 13: the spine, and the compensation (annex 1), which the decree pays on the regional
    schedule (p. 4(1)) rather than within a term: after intake the ZTMO specialists record the
    payment (p. 6, at ZTMO), with no due date, no timer and no breach."""
    m = spine(process_key, name_kk, name_ru, doc + ' The compensation case goes from intake to the ZTMO '
              'payment on the regional schedule (p. 4(1), p. 6): no statutory term.')
    m.add(El('userTask', 'UserTask_PayCompensation', 'Өтемақыны төлеу / Выплатить компенсацию по графику',
             670, 50, attrs={'camunda:candidateGroups': 'ztmo-specialists',
                             'camunda:formRef': 'record-compensation-payment',
                             'camunda:formRefBinding': 'deployment'},
             body=ext(task_listener())))
    service(m, 'ServiceTask_CompensationPaid', 'Төленді / Закрыть как выплаченное', 950, 50,
            expression="${applicationProgress.status(execution, 'GRANTED')}")
    event(m, 'endEvent', 'EndEvent_CompensationPaid', 'Өтемақы төленді / Компенсация выплачена', 1200, 50)
    m.flow('Flow_ToCompensation', 'Gateway_Accepted', 'UserTask_PayCompensation', name='өтемақы / компенсация',
           condition="${status != 'REFUSED_TO_ACCEPT' && caseType == 'compensation'}")
    m.flow('Flow_ToCompensationPaid', 'UserTask_PayCompensation', 'ServiceTask_CompensationPaid')
    m.flow('Flow_ToCompensationPaidEnd', 'ServiceTask_CompensationPaid', 'EndEvent_CompensationPaid')
    return m


# Standards whose spine has a shape of its own (generate.py).
OWN_SPINES = {13: s13}


AUTOMATED_ESCALATION = ('<bpmn:escalation id="Escalation_StatutoryDeadlineBreached" name="Мерзім бұзылды / Срок нарушен" '
                        'escalationCode="statutory-deadline-breached" />\n'
                        '<bpmn:error id="Error_InformationSystemFailure" name="Ақпараттық жүйе істен шықты / Сбой информационной системы" '
                        'errorCode="information-system-failure" />\n')


def automated_spine(process_key, name_kk, name_ru, doc, topic, system_en, system_ru):
    """A fully automated service (standard 8): after the intake, the answer is asked of the information
    system that holds the data, as an external task on the service's topic, under the statutory term
    of the catalog (${statutoryDueDate}, derived at registration). A missed term records the breach and
    gives the head a task; an error the system reports, or a failure, goes to the reviewer, who answers
    by hand (or, where the decree has a ground for the error code, the application is refused on it)."""
    code = process_key.split('-')[0].upper()
    name = process_name(code, name_kk, name_ru)
    m = Model(process_key, name, startable=True, doc=doc, extra_defs=AUTOMATED_ESCALATION)
    event(m, 'startEvent', 'StartEvent_ApplicationSubmitted', 'Өтініш берілді / Заявление подано', 150, 200,
          body=ext('<camunda:executionListener delegateExpression="${applicationStart}" event="start" />'),
          attrs={'camunda:formRef': f'submit-application-{code.lower()}', 'camunda:formRefBinding': 'deployment'})
    call(m, 'CallActivity_Intake', 'Құжаттарды қабылдау / Приём документов', 290, 200, 'common-intake',
         INTAKE_IN, INTAKE_OUT)
    gateway(m, 'Gateway_Accepted', 'Қабылданды ма? / Принято?', 430, 200, default='Flow_ToRequestAnswer')
    event(m, 'endEvent', 'EndEvent_RefusedToAccept', 'Қабылданбады / Отказано в приёме', 430, 340)
    m.add(El('serviceTask', 'ServiceTask_RequestAnswer',
             f'Ақпараттық жүйеден сұрау / Запрос в {system_ru}', 600, 200, w=240,
             attrs={'camunda:type': 'external', 'camunda:topic': topic},
             body=ext('<camunda:errorEventDefinition id="ErrorEventDefinition_Failure" '
                      'errorRef="Error_InformationSystemFailure" '
                      'expression="${execution.getVariable(\'automatedResult\') == null}" />',
                      listener('start', "${applicationProgress.status(execution, 'IN_REVIEW')}"))))
    event(m, 'boundaryEvent', 'BoundaryEvent_AnswerTerm', 'Мерзім өтті / Срок истёк', 510, 240,
          attached='ServiceTask_RequestAnswer', body=timer_date('${statutoryDueDate}', 'AnswerTerm'),
          attrs={'cancelActivity': 'false'})
    # The task completed without an answer (the error of the external task above) is caught by its own
    # event; any error code the system reports, by the catch-all one. Both go to the same registration.
    event(m, 'boundaryEvent', 'BoundaryEvent_InformationSystemFailed',
          'Жүйе істен шықты / Сбой системы', 585, 240, attached='ServiceTask_RequestAnswer',
          body='<bpmn:errorEventDefinition id="ErrorEventDefinition_InformationSystemFailed" '
               'errorRef="Error_InformationSystemFailure" '
               'camunda:errorCodeVariable="automatedAnswerError" '
               'camunda:errorMessageVariable="automatedAnswerErrorMessage" />')
    event(m, 'boundaryEvent', 'BoundaryEvent_CouldNotAnswer', 'Жүйе жауап бере алмады / Система не смогла ответить',
          670, 240, attached='ServiceTask_RequestAnswer',
          body='<bpmn:errorEventDefinition id="ErrorEventDefinition_CouldNotAnswer" '
               'camunda:errorCodeVariable="automatedAnswerError" '
               'camunda:errorMessageVariable="automatedAnswerErrorMessage" />')
    gateway(m, 'Gateway_NoAnswer', 'Жауап жоқ / Ответа нет', 670, 360)
    service(m, 'ServiceTask_AnswerFailed', 'Қатені тіркеу / Зарегистрировать сообщение системы', 790, 360,
            expression='${automatedAnswers.failed(execution)}')
    gateway(m, 'Gateway_RefusalGround', 'Бас тарту негізі бар ма? / Есть основание для отказа?', 930, 360,
            default='Flow_ToAnswerByHand')
    gateway(m, 'Gateway_Answered', 'Жауап толық па? / Ответ полный?', 1020, 200, default='Flow_AnswerIncomplete')
    service(m, 'ServiceTask_AnswerReceived', 'Жауапты тіркеу / Зарегистрировать ответ как результат', 1160, 200,
            expression='${automatedAnswers.received(execution)}')
    # An incomplete answer or an error without a refusal ground: one way to the hand answer.
    gateway(m, 'Gateway_ToAnswerByHand', 'Қолмен жауап беруге / К ответу вручную', 1020, 360)
    user_task(m, 'UserTask_AnswerByHand', 'Жауапты қолмен беру / Дать ответ вручную', 1160, 360,
              '${automatedAnswers.handGroup(execution)}', '${statutoryDueDate}', form='answer-automated-request',
              listeners=[listener('complete', '${automatedAnswers.answeredByHand(task)}', kind='taskListener')])
    event(m, 'boundaryEvent', 'BoundaryEvent_HandAnswerTerm', 'Мерзім өтті / Срок истёк', 1180, 400,
          attached='UserTask_AnswerByHand', body=timer_date('${statutoryDueDate}', 'HandAnswerTerm'),
          attrs={'cancelActivity': 'false'})
    gateway(m, 'Gateway_TermMissed', 'Мерзім өтті / Срок истёк', 860, 540)
    event(m, 'endEvent', 'EndEvent_EscalateBreach', 'Мерзім бұзылды / Срок нарушен', 860, 640,
          body='<bpmn:escalationEventDefinition id="EscalationEventDefinition_Throw" escalationRef="Escalation_StatutoryDeadlineBreached" />')
    gateway(m, 'Gateway_ToResult', 'Нәтижеге / К результату', 1300, 360)
    call(m, 'CallActivity_ResultDelivery', 'Нәтижені беру / Выдать результат', 1440, 360, 'common-result-delivery',
         RESULT_IN, RESULT_OUT)
    gateway(m, 'Gateway_Result', 'Нәтиже? / Результат?', 1580, 360, default='Flow_ToRefused')
    event(m, 'endEvent', 'EndEvent_Granted', 'Көрсетілді / Оказано', 1690, 280)
    event(m, 'endEvent', 'EndEvent_Refused', 'Бас тартылды / Отказано', 1690, 440)
    answer_breach(m, 1280, 680)

    m.flow('Flow_ToIntake', 'StartEvent_ApplicationSubmitted', 'CallActivity_Intake')
    m.flow('Flow_ToAccepted', 'CallActivity_Intake', 'Gateway_Accepted')
    m.flow('Flow_NotAccepted', 'Gateway_Accepted', 'EndEvent_RefusedToAccept', name='жоқ / нет',
           condition="${status == 'REFUSED_TO_ACCEPT'}")
    m.flow('Flow_ToRequestAnswer', 'Gateway_Accepted', 'ServiceTask_RequestAnswer', name='иә / да')
    m.flow('Flow_ToAnswered', 'ServiceTask_RequestAnswer', 'Gateway_Answered')
    m.flow('Flow_AnswerComplete', 'Gateway_Answered', 'ServiceTask_AnswerReceived', name='иә / да',
           condition='${automatedAnswers.answered(execution)}')
    m.flow('Flow_AnswerIncomplete', 'Gateway_Answered', 'Gateway_ToAnswerByHand', name='жоқ / нет',
           waypoints=[(1020, 225), (1020, 335)])
    m.flow('Flow_AnswerToResult', 'ServiceTask_AnswerReceived', 'Gateway_ToResult',
           waypoints=[(1220, 200), (1300, 200), (1300, 335)])
    m.flow('Flow_SystemFailed', 'BoundaryEvent_InformationSystemFailed', 'Gateway_NoAnswer',
           waypoints=[(585, 258), (585, 360), (645, 360)])
    m.flow('Flow_ToNoAnswer', 'BoundaryEvent_CouldNotAnswer', 'Gateway_NoAnswer')
    m.flow('Flow_ToAnswerFailed', 'Gateway_NoAnswer', 'ServiceTask_AnswerFailed')
    m.flow('Flow_ToRefusalGround', 'ServiceTask_AnswerFailed', 'Gateway_RefusalGround')
    m.flow('Flow_RefuseOnGround', 'Gateway_RefusalGround', 'Gateway_ToResult', name='иә / да',
           condition="${execution.getVariable('refusalGround') != null}",
           waypoints=[(930, 385), (930, 440), (1300, 440), (1300, 385)])
    m.flow('Flow_ToAnswerByHand', 'Gateway_RefusalGround', 'Gateway_ToAnswerByHand', name='жоқ / нет')
    m.flow('Flow_AnswerByHandDue', 'Gateway_ToAnswerByHand', 'UserTask_AnswerByHand')
    m.flow('Flow_AnsweredByHand', 'UserTask_AnswerByHand', 'Gateway_ToResult')
    m.flow('Flow_AnswerTermMissed', 'BoundaryEvent_AnswerTerm', 'Gateway_TermMissed',
           waypoints=[(510, 258), (510, 540), (835, 540)])
    m.flow('Flow_HandAnswerTermMissed', 'BoundaryEvent_HandAnswerTerm', 'Gateway_TermMissed',
           waypoints=[(1180, 418), (1180, 540), (885, 540)])
    m.flow('Flow_ToEscalateBreach', 'Gateway_TermMissed', 'EndEvent_EscalateBreach')
    m.flow('Flow_ToResultDelivery', 'Gateway_ToResult', 'CallActivity_ResultDelivery')
    m.flow('Flow_ToResultGateway', 'CallActivity_ResultDelivery', 'Gateway_Result')
    m.flow('Flow_ToGranted', 'Gateway_Result', 'EndEvent_Granted', name='көрсетілді / оказано',
           condition="${status == 'GRANTED'}")
    m.flow('Flow_ToRefused', 'Gateway_Result', 'EndEvent_Refused', name='бас тартылды / отказано')
    return m
