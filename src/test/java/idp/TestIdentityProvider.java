package idp;

import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.source.ImmutableJWKSet;
import com.nimbusds.jose.jwk.source.JWKSource;
import com.nimbusds.jose.proc.SecurityContext;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.interfaces.RSAPrivateKey;
import java.security.interfaces.RSAPublicKey;
import java.util.UUID;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.tomcat.servlet.TomcatServletWebServerFactory;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.support.PropertySourcesPlaceholderConfigurer;
import org.springframework.core.annotation.Order;
import org.springframework.http.MediaType;
import org.springframework.security.config.Customizer;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configuration.EnableWebSecurity;
import org.springframework.security.config.annotation.web.configuration.OAuth2AuthorizationServerConfiguration;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.oauth2.core.AuthorizationGrantType;
import org.springframework.security.oauth2.core.ClientAuthenticationMethod;
import org.springframework.security.oauth2.core.oidc.OidcScopes;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.server.authorization.client.InMemoryRegisteredClientRepository;
import org.springframework.security.oauth2.server.authorization.client.RegisteredClient;
import org.springframework.security.oauth2.server.authorization.client.RegisteredClientRepository;
import org.springframework.security.oauth2.server.authorization.settings.AuthorizationServerSettings;
import org.springframework.security.oauth2.server.authorization.settings.ClientSettings;
import org.springframework.security.oauth2.server.authorization.token.JwtEncodingContext;
import org.springframework.security.oauth2.server.authorization.token.OAuth2TokenCustomizer;
import org.springframework.security.provisioning.InMemoryUserDetailsManager;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.LoginUrlAuthenticationEntryPoint;
import org.springframework.security.web.util.matcher.MediaTypeRequestMatcher;
import org.springframework.web.servlet.DispatcherServlet;
import org.springframework.web.servlet.config.annotation.EnableWebMvc;

/**
 * A real OpenID Connect provider for the single sign-on test (Spring Authorization Server), as
 * the province's would be: its own sign-in form, the portal registered as a client, and the
 * person's user name in the {@code preferred_username} claim. Outside the portal's packages and
 * started without auto-configuration, so it shares nothing with the portal but the JVM.
 * People: {@code lanhdao} (has a portal account) and {@code nguoi.la} (has none), password {@code Idp@2026}.
 */
@Configuration(proxyBeanMethods = false)
@EnableWebSecurity
@EnableWebMvc
public class TestIdentityProvider {

    public static final String CLIENT_ID = "giamsat124";
    public static final String CLIENT_SECRET = "bi-mat-cua-may-khach";
    public static final String PASSWORD = "Idp@2026";

    /** Starts the provider on {@code port}; the portal's redirect address is {@code portalBase}/login/oauth2/code/tinh. */
    public static ConfigurableApplicationContext start(int port, String portalBase) {
        return new SpringApplicationBuilder(TestIdentityProvider.class)
                .properties("idp.port=" + port, "idp.redirect=" + portalBase + "/login/oauth2/code/tinh")
                .run();
    }

    public static int port(ConfigurableApplicationContext idp) {
        return ((WebServerApplicationContext) idp).getWebServer().getPort();
    }

    /** ${...} in @Value, which auto-configuration would otherwise bring. */
    @Bean
    static PropertySourcesPlaceholderConfigurer placeholders() {
        return new PropertySourcesPlaceholderConfigurer();
    }

    /**
     * The provider's filters and its endpoints must read the same security context. The provider's
     * endpoints read the JVM-wide holder, which the portal (Vaadin) replaces when it starts in the
     * same JVM after the provider: so the provider's filters follow whatever holder is current.
     * (Only the test needs this: a real provider runs in its own JVM.)
     */
    @Bean
    static SecurityContextHolderStrategy currentHolder() {
        return new SecurityContextHolderStrategy() {
            private SecurityContextHolderStrategy current() {
                return SecurityContextHolder.getContextHolderStrategy();
            }

            @Override
            public void clearContext() {
                current().clearContext();
            }

            @Override
            public org.springframework.security.core.context.SecurityContext getContext() {
                return current().getContext();
            }

            @Override
            public void setContext(org.springframework.security.core.context.SecurityContext context) {
                current().setContext(context);
            }

            @Override
            public org.springframework.security.core.context.SecurityContext createEmptyContext() {
                return current().createEmptyContext();
            }
        };
    }

    @Bean
    TomcatServletWebServerFactory webServer(@Value("${idp.port}") int port) {
        return new TomcatServletWebServerFactory(port);
    }

    @Bean
    DispatcherServlet dispatcherServlet() {
        return new DispatcherServlet();
    }

    /** The protocol's endpoints; a browser that is not signed in is sent to the form. */
    @Bean
    @Order(1)
    SecurityFilterChain protocol(HttpSecurity http) throws Exception {
        var server = new org.springframework.security.config.annotation.web.configurers.oauth2.server.authorization
                .OAuth2AuthorizationServerConfigurer();
        http.securityMatcher(server.getEndpointsMatcher())
                .with(server, s -> s.oidc(Customizer.withDefaults()))
                .authorizeHttpRequests(a -> a.anyRequest().authenticated())
                .csrf(c -> c.ignoringRequestMatchers(server.getEndpointsMatcher()))
                .exceptionHandling(e -> e.defaultAuthenticationEntryPointFor(
                        new LoginUrlAuthenticationEntryPoint("/login"),
                        new MediaTypeRequestMatcher(MediaType.TEXT_HTML)));
        return http.build();
    }

    /** The provider's own sign-in form. */
    @Bean
    @Order(2)
    SecurityFilterChain signInForm(HttpSecurity http) throws Exception {
        http.authorizeHttpRequests(a -> a.anyRequest().authenticated()).formLogin(Customizer.withDefaults());
        return http.build();
    }

    @Bean
    UserDetailsService people() {
        return new InMemoryUserDetailsManager(
                User.withUsername("lanhdao").password("{noop}" + PASSWORD).roles("USER").build(),
                User.withUsername("nguoi.la").password("{noop}" + PASSWORD).roles("USER").build());
    }

    @Bean
    RegisteredClientRepository clients(@Value("${idp.redirect}") String redirect) {
        return new InMemoryRegisteredClientRepository(RegisteredClient.withId(UUID.randomUUID().toString())
                .clientId(CLIENT_ID).clientSecret("{noop}" + CLIENT_SECRET)
                .clientAuthenticationMethod(ClientAuthenticationMethod.CLIENT_SECRET_BASIC)
                .authorizationGrantType(AuthorizationGrantType.AUTHORIZATION_CODE)
                .redirectUri(redirect).scope(OidcScopes.OPENID).scope(OidcScopes.PROFILE)
                .clientSettings(ClientSettings.builder().requireAuthorizationConsent(false).build())
                .build());
    }

    /** The province's provider names the person in preferred_username, as the portal expects by default. */
    @Bean
    OAuth2TokenCustomizer<JwtEncodingContext> userName() {
        return context -> {
            if ("id_token".equals(context.getTokenType().getValue())) {
                context.getClaims().claim("preferred_username", context.getPrincipal().getName());
            }
        };
    }

    @Bean
    JWKSource<SecurityContext> keys() throws Exception {
        KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
        generator.initialize(2048);
        KeyPair pair = generator.generateKeyPair();
        RSAKey key = new RSAKey.Builder((RSAPublicKey) pair.getPublic()).privateKey((RSAPrivateKey) pair.getPrivate())
                .keyID(UUID.randomUUID().toString()).build();
        return new ImmutableJWKSet<>(new JWKSet(key));
    }

    /** The user-info endpoint reads the access tokens this provider signed. */
    @Bean
    JwtDecoder tokens(JWKSource<SecurityContext> keys) {
        return OAuth2AuthorizationServerConfiguration.jwtDecoder(keys);
    }

    @Bean
    AuthorizationServerSettings settings(@Value("${idp.port}") int port) {
        return AuthorizationServerSettings.builder().issuer("http://127.0.0.1:" + port).build();
    }
}
