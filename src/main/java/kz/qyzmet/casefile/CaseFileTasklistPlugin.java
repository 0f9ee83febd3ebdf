package kz.qyzmet.casefile;

import java.util.Set;
import org.camunda.bpm.tasklist.plugin.spi.impl.AbstractTasklistPlugin;

/**
 * The case files' door for workers: a Tasklist plugin (found through
 * {@code META-INF/services/org.camunda.bpm.tasklist.plugin.spi.TasklistPlugin}), so that Camunda's
 * webapp session and its security filter (a logged-in user of the engine) guard it. Its resource,
 * {@link CaseFilePluginRootResource}, answers
 * {@code GET /camunda/api/tasklist/plugin/qyzmet-case-files/{engine}/files/{fileId}}; the task forms
 * link to it from the form variable {@code caseFiles} ({@link CaseFileTexts}). Its front end,
 * {@code plugin-webapp/qyzmet-case-files/app/plugin.js}, adds nothing to the screens.
 */
public class CaseFileTasklistPlugin extends AbstractTasklistPlugin {

  public static final String ID = "qyzmet-case-files";

  @Override
  public String getId() {
    return ID;
  }

  @Override
  public Set<Class<?>> getResourceClasses() {
    return Set.of(CaseFilePluginRootResource.class);
  }
}
