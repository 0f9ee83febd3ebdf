package kz.qyzmet.security;

import java.util.List;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.Group;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.stereotype.Component;

/**
 * Checks HTTP Basic credentials against the engine's identity service, so that the users and groups
 * an administrator manages in Camunda Admin are the ones the REST APIs know.
 */
@Component
public class EngineIdentityAuthenticationProvider implements AuthenticationProvider {

  private final IdentityService identityService;

  public EngineIdentityAuthenticationProvider(IdentityService identityService) {
    this.identityService = identityService;
  }

  @Override
  public Authentication authenticate(Authentication authentication) {
    String userId = authentication.getName();
    Object credentials = authentication.getCredentials();
    String password = credentials == null ? "" : credentials.toString();
    if (userId == null || userId.isBlank() || !identityService.checkPassword(userId, password)) {
      throw new BadCredentialsException("Wrong user name or password");
    }
    List<SimpleGrantedAuthority> authorities = groupsOf(userId).stream()
        .map(group -> new SimpleGrantedAuthority(Roles.authority(group)))
        .toList();
    return UsernamePasswordAuthenticationToken.authenticated(userId, null, authorities);
  }

  private List<String> groupsOf(String userId) {
    return identityService.createGroupQuery().groupMember(userId).list().stream()
        .map(Group::getId)
        .toList();
  }

  @Override
  public boolean supports(Class<?> authentication) {
    return UsernamePasswordAuthenticationToken.class.isAssignableFrom(authentication);
  }
}
