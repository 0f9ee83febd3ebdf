package kz.qyzmet.sla;

import java.util.Set;
import org.camunda.bpm.cockpit.plugin.spi.impl.AbstractCockpitPlugin;

/**
 * The SLA plugin of Cockpit, found through {@code META-INF/services/org.camunda.bpm.cockpit.plugin.spi.CockpitPlugin}.
 * Cockpit loads its front end, {@code plugin-webapp/qyzmet-sla/app/plugin.js} (an ES module: a
 * dashboard view and a tab on each process definition), from
 * {@code /camunda/api/cockpit/plugin/qyzmet-sla/static/app/plugin.js}, and the module reads the
 * report from {@link SlaPluginRootResource}.
 */
public class SlaCockpitPlugin extends AbstractCockpitPlugin {

  public static final String ID = "qyzmet-sla";

  @Override
  public String getId() {
    return ID;
  }

  @Override
  public Set<Class<?>> getResourceClasses() {
    return Set.of(SlaPluginRootResource.class);
  }
}
