package kz.qyzmet;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

@SpringBootApplication
@ConfigurationPropertiesScan
public class QyzmetApplication {

  public static void main(String[] args) {
    SpringApplication.run(QyzmetApplication.class, args);
  }
}
