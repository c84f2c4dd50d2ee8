/**
 * The command line: {@code java -jar traedesten.jar spc …} analyses a CSV file with the {@code spc} engine and
 * prints qicharts2's summary and data as JSON, without starting Spring (the application's {@code main} hands the
 * arguments over before anything else happens).
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = { "spc" })
package dk.traedesten.cli;
