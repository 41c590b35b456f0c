/**
 * The {@code cbp-medical} command-line tool: one top command, {@link gov.cbp.medical.examples.cli.CbpMedical},
 * with one class per subcommand. Results go to standard output as text for people or stable JSON for
 * programs; diagnostics go to standard error; exit codes are in {@link gov.cbp.medical.examples.cli.ExitCodes}.
 */
package gov.cbp.medical.examples.cli;
