package kz.qyzmet.receipt;

import java.util.Set;
import org.camunda.bpm.tasklist.plugin.spi.impl.AbstractTasklistPlugin;

/**
 * The receipts' door for workers: a Tasklist plugin, found through
 * {@code META-INF/services/org.camunda.bpm.tasklist.plugin.spi.TasklistPlugin}, so that Camunda's
 * webapp session and its security filter (a logged-in user of the engine) guard it. Its resource,
 * {@link ReceiptPluginRootResource}, answers
 * {@code GET /camunda/api/tasklist/plugin/qyzmet-receipts/{engine}/receipts/{applicationId}?lang=kk|ru}.
 * Tasklist loads the plugin's front end, {@code plugin-webapp/qyzmet-receipts/app/plugin.js}, which
 * adds nothing to its screens: the forms link to the receipt.
 */
public class ReceiptTasklistPlugin extends AbstractTasklistPlugin {

  public static final String ID = "qyzmet-receipts";

  @Override
  public String getId() {
    return ID;
  }

  @Override
  public Set<Class<?>> getResourceClasses() {
    return Set.of(ReceiptPluginRootResource.class);
  }
}
