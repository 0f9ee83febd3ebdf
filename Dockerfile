# Builds and runs Qyzmet. The build stage uses the Maven wrapper, so the image needs only a JDK.
FROM eclipse-temurin:17-jdk AS build
WORKDIR /src
COPY mvnw pom.xml ./
COPY .mvn .mvn
RUN ./mvnw -B -q dependency:go-offline || true
COPY src src
COPY processes processes
COPY dmn dmn
RUN ./mvnw -B -q -DskipTests package && cp target/qyzmet-*.jar /src/qyzmet.jar

FROM eclipse-temurin:17-jre
WORKDIR /app
RUN useradd --system --home /app qyzmet && mkdir -p /app/data && chown qyzmet /app/data
COPY --from=build /src/qyzmet.jar /app/qyzmet.jar
USER qyzmet
EXPOSE 8080
ENV JAVA_TOOL_OPTIONS="-XX:MaxRAMPercentage=75"
# Production by default: PostgreSQL, no demo users, models from the build only; the container does
# not start without QYZMET_ADMIN_PASSWORD (at least 12 characters). The compose demo overrides this.
ENV SPRING_PROFILES_ACTIVE=prod
ENTRYPOINT ["java", "-jar", "/app/qyzmet.jar"]
