package dk.traedesten.cli;

/** Input the command cannot use; the message is the one line the user sees, naming the row and column. */
final class CliInputException extends RuntimeException {

	CliInputException(String message) {
		super(message);
	}
}
