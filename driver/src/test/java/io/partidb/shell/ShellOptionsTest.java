package io.partidb.shell;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class ShellOptionsTest {

    @Test
    void noArgumentsMeanTheDemoDatabaseWithSampleData() throws UsageException {
        ShellOptions options = ShellOptions.parse();

        assertThat(options.url()).isEqualTo("jdbc:partidb:mem:demo");
        assertThat(options.user()).isNull();
        assertThat(options.password()).isNull();
        assertThat(options.statement()).isNull();
        assertThat(options.verbose()).isFalse();
        assertThat(options.help()).isFalse();
        assertThat(options.loadSample()).isTrue();
        assertThat(options.connectionProperties()).isEmpty();
    }

    @Test
    void shortOptionsTakeTheNextArgument() throws UsageException {
        ShellOptions options = ShellOptions.parse("-u", "jdbc:partidb:mem:other", "-n", "ann",
                "-p", "secret", "-e", "SELECT 1;", "--verbose");

        assertThat(options.url()).isEqualTo("jdbc:partidb:mem:other");
        assertThat(options.user()).isEqualTo("ann");
        assertThat(options.password()).isEqualTo("secret");
        assertThat(options.statement()).isEqualTo("SELECT 1;");
        assertThat(options.verbose()).isTrue();
        assertThat(options.connectionProperties())
                .containsEntry("user", "ann")
                .containsEntry("password", "secret");
    }

    @Test
    void longOptionsTakeTheirValueSeparatelyOrAfterEquals() throws UsageException {
        ShellOptions options = ShellOptions.parse("--url=jdbc:x:y=z", "--user", "bob",
                "--password=", "--execute", "-- not an option");

        assertThat(options.url()).isEqualTo("jdbc:x:y=z");
        assertThat(options.user()).isEqualTo("bob");
        assertThat(options.password()).isEmpty();
        assertThat(options.statement()).isEqualTo("-- not an option");
    }

    @Test
    void sampleDataIsLoadedOnlyOnTheDefaultUrlUnlessAskedFor() throws UsageException {
        assertThat(ShellOptions.parse("-u", "jdbc:partidb:mem:demo").loadSample()).isTrue();
        assertThat(ShellOptions.parse("-u", "jdbc:partidb:mem:other").loadSample()).isFalse();
        assertThat(ShellOptions.parse("-u", "jdbc:partidb:mem:other", "--sample").loadSample())
                .isTrue();
        assertThat(ShellOptions.parse("--no-sample").loadSample()).isFalse();
    }

    @Test
    void helpWinsOverTheRestOfTheLine() throws UsageException {
        assertThat(ShellOptions.parse("--help").help()).isTrue();
        assertThat(ShellOptions.parse("-u", "jdbc:x", "-h", "--bogus").help()).isTrue();
    }

    @Test
    void unknownOptionsAndStrayArgumentsAreRejected() {
        assertThatThrownBy(() -> ShellOptions.parse("--bogus"))
                .isInstanceOf(UsageException.class)
                .hasMessage("unknown option --bogus");
        assertThatThrownBy(() -> ShellOptions.parse("-x"))
                .hasMessage("unknown option -x");
        assertThatThrownBy(() -> ShellOptions.parse("SELECT 1"))
                .hasMessage("unexpected argument 'SELECT 1'");
    }

    @Test
    void missingValuesAreRejected() {
        assertThatThrownBy(() -> ShellOptions.parse("-u"))
                .isInstanceOf(UsageException.class)
                .hasMessage("option -u needs a value");
        assertThatThrownBy(() -> ShellOptions.parse("-e", "SELECT 1", "--execute"))
                .hasMessage("option --execute given twice");
        assertThatThrownBy(() -> ShellOptions.parse("--url", ""))
                .hasMessage("the URL is empty");
    }

    @Test
    void flagsTakeNoValue() {
        assertThatThrownBy(() -> ShellOptions.parse("--verbose=yes"))
                .hasMessage("option --verbose takes no value");
    }

    @Test
    void repeatedAndConflictingOptionsAreRejected() {
        assertThatThrownBy(() -> ShellOptions.parse("-u", "jdbc:a", "--url", "jdbc:b"))
                .hasMessage("option --url given twice");
        assertThatThrownBy(() -> ShellOptions.parse("--sample", "--no-sample"))
                .hasMessage("--sample and --no-sample exclude each other");
    }

    @Test
    void usageDescribesEveryOptionAndTheUrlForm() {
        assertThat(ShellOptions.USAGE).contains("-u, --url <url>", "-n, --user <user>",
                "-p, --password <password>", "-e, --execute <statement>", "--sample",
                "--no-sample", "--verbose", "-h, --help", "jdbc:partidb:mem:<name>",
                "jdbc:partidb:mem:demo", "!tables", "!describe <table>", "\\q", "Examples:");
        assertThat(ShellOptions.USAGE.lines())
                .allSatisfy(line -> assertThat(line).hasSizeLessThan(100));
    }

    @Test
    void toStringHidesThePassword() throws UsageException {
        assertThat(ShellOptions.parse("-p", "secret").toString())
                .doesNotContain("secret")
                .contains("password=****");
    }
}
