package kz.qyzmet.casefile;

import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import org.camunda.bpm.tasklist.resource.AbstractTasklistPluginRootResource;
import org.springframework.web.context.WebApplicationContext;
import org.springframework.web.context.support.WebApplicationContextUtils;

/**
 * {@code /camunda/api/tasklist/plugin/qyzmet-case-files}: the plugin's static files (inherited) and,
 * per engine, {@code {engine}/files/{fileId}}. Tasklist's JAX-RS application creates it, not
 * Spring, so it finds the case file's beans in the web application context.
 */
@Path("plugin/" + CaseFileTasklistPlugin.ID)
public class CaseFilePluginRootResource extends AbstractTasklistPluginRootResource {

  public CaseFilePluginRootResource() {
    super(CaseFileTasklistPlugin.ID);
  }

  @Path("{engineName}/files")
  public CaseFilePluginResource files(@PathParam("engineName") String engineName) {
    WebApplicationContext spring = WebApplicationContextUtils.getRequiredWebApplicationContext(servletContext);
    return subResource(new CaseFilePluginResource(engineName, spring.getBean(CaseFiles.class)), engineName);
  }
}
