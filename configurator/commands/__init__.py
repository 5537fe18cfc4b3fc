"""One module per `configurator` subcommand, each with `add_parser` and `run`."""
