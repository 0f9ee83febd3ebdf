package kz.qyzmet.receipt;

import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import org.camunda.bpm.tasklist.resource.AbstractTasklistPluginRootResource;
import org.springframework.web.context.WebApplicationContext;
import org.springframework.web.context.support.WebApplicationContextUtils;

/**
 * {@code /camunda/api/tasklist/plugin/qyzmet-receipts}: the plugin's static files (inherited) and,
 * per engine, {@code {engine}/receipts/{applicationId}}. Tasklist's JAX-RS application creates it,
 * not Spring, so it finds the receipts' beans in the web application context.
 */
@Path("plugin/" + ReceiptTasklistPlugin.ID)
public class ReceiptPluginRootResource extends AbstractTasklistPluginRootResource {

  public ReceiptPluginRootResource() {
    super(ReceiptTasklistPlugin.ID);
  }

  @Path("{engineName}/receipts")
  public ReceiptPluginResource receipts(@PathParam("engineName") String engineName) {
    WebApplicationContext spring = WebApplicationContextUtils.getRequiredWebApplicationContext(servletContext);
    return subResource(new ReceiptPluginResource(engineName, spring.getBean(Receipts.class),
        spring.getBean(ReceiptPdf.class)), engineName);
  }
}
