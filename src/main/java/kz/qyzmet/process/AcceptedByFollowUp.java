package kz.qyzmet.process;

import static kz.qyzmet.process.ProcessVariables.ACCEPTED_BY;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.interceptor.CommandContext;
import org.camunda.bpm.engine.task.IdentityLink;
import org.camunda.bpm.engine.task.IdentityLinkType;
import org.springframework.stereotype.Component;

/**
 * The worker who took an application in at a counter is given its next step of their own: the
 * PSC operator forwards the package they accepted, the ZTMO or department specialist who took it in
 * reviews it. The task is theirs (assigned) only where they are in one of its candidate groups;
 * otherwise it stays in the group's queue. Applications that came over /api/v1 have no such worker.
 */
@Component("acceptedByFollowUp")
public class AcceptedByFollowUp implements TaskListener {

  private final IdentityService identityService;

  public AcceptedByFollowUp(IdentityService identityService) {
    this.identityService = identityService;
  }

  @Override
  public void notify(DelegateTask task) {
    if (task.getAssignee() != null || !(task.getVariable(ACCEPTED_BY) instanceof String worker)) {
      return;
    }
    if (isCandidate(task, worker)) {
      task.setAssignee(worker);
    }
  }

  /** Membership is the engine's fact, read without the current user's authorizations (they need not read users). */
  private boolean isCandidate(DelegateTask task, String worker) {
    CommandContext command = Context.getCommandContext();
    boolean enabled = command != null && command.isAuthorizationCheckEnabled();
    if (enabled) {
      command.disableAuthorizationCheck();
    }
    try {
      return task.getCandidates().stream()
          .filter(link -> IdentityLinkType.CANDIDATE.equals(link.getType()) && link.getGroupId() != null)
          .map(IdentityLink::getGroupId)
          .anyMatch(group -> identityService.createUserQuery().userId(worker).memberOfGroup(group).count() > 0);
    } finally {
      if (enabled) {
        command.enableAuthorizationCheck();
      }
    }
  }
}
