package kz.qyzmet.sla;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import org.camunda.bpm.cockpit.plugin.resource.AbstractCockpitPluginRootResource;
import org.springframework.web.context.WebApplicationContext;
import org.springframework.web.context.support.WebApplicationContextUtils;

/**
 * {@code /camunda/api/cockpit/plugin/qyzmet-sla}: the plugin's static files (inherited:
 * {@code static/app/plugin.js} and {@code static/app/plugin.css}) and, per engine,
 * {@code {engine}/sla}. Cockpit's JAX-RS application creates it, not Spring, so it finds the
 * report's service in the web application context of the servlet context it runs in.
 */
@Path("plugin/" + SlaCockpitPlugin.ID)
public class SlaPluginRootResource extends AbstractCockpitPluginRootResource {

  public SlaPluginRootResource() {
    super(SlaCockpitPlugin.ID);
  }

  @Path("{engineName}/sla")
  public SlaPluginResource sla(@PathParam("engineName") String engineName) {
    WebApplicationContext spring = WebApplicationContextUtils.getRequiredWebApplicationContext(servletContext);
    return subResource(new SlaPluginResource(engineName, spring.getBean(SlaService.class),
        spring.getBean(ObjectMapper.class)), engineName);
  }
}
