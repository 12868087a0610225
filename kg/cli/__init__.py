"""The ``kg`` command line.

Each command lives in its own module under :mod:`kg.cli` and is imported only
when it runs, so ``kg query`` does not pay for the build's imports. Library
errors (:class:`kg.errors.KgError`) become one line on stderr, ``Error: …``,
with the exit code :mod:`kg.cli.exits` gives their class; no traceback.
"""

from __future__ import annotations

import importlib
import os
import sys
from collections.abc import Sequence
from typing import Any

import click

from kg import __version__
from kg.cli.exits import EXIT_DATA, EXIT_INTERRUPTED, error_line, exit_code
from kg.errors import KgError, printable

#: Command name → "module:attribute" (imported on use).
COMMANDS: dict[str, str] = {
    "build": "kg.cli.build:build",
    "map": "kg.cli.map:map_command",
    "network": "kg.cli.network:network",
    "evaluate": "kg.cli.evaluate:evaluate",
    "export": "kg.cli.publish:export",
    "validate": "kg.cli.publish:validate",
    "docs": "kg.cli.publish:docs",
    "push": "kg.cli.store:push",
    "serve": "kg.cli.store:serve",
    "query": "kg.cli.query:query",
    "compare": "kg.cli.compare:compare",
}


class LazyGroup(click.Group):
    """A group that imports each subcommand on first use and reports KgError cleanly."""

    def __init__(self, *args, lazy: dict[str, str] | None = None, **kwargs) -> None:  # noqa: ANN002, ANN003
        super().__init__(*args, **kwargs)
        self.lazy = dict(lazy or {})

    def list_commands(self, ctx: click.Context) -> list[str]:
        return sorted(set(super().list_commands(ctx)) | set(self.lazy))

    def get_command(self, ctx: click.Context, cmd_name: str) -> click.Command | None:
        if cmd_name in self.lazy:
            module, attr = self.lazy[cmd_name].split(":")
            return getattr(importlib.import_module(module), attr)
        return super().get_command(ctx, cmd_name)

    def main(
        self,
        args: Sequence[str] | None = None,
        prog_name: str | None = None,
        complete_var: str | None = None,
        standalone_mode: bool = True,
        **extra: Any,
    ) -> Any:
        """Like click's, but a usage error is one line: ``Error: … (see 'kg … --help')``, exit 2."""
        if not standalone_mode:
            return super().main(args, prog_name, complete_var, standalone_mode=False, **extra)
        try:
            value = super().main(args, prog_name, complete_var, standalone_mode=False, **extra)
        except click.exceptions.UsageError as exc:
            hint = f" (see '{exc.ctx.command_path} --help')" if exc.ctx is not None else ""
            message = " ".join(exc.format_message().split())
            click.echo(f"Error: {message}{hint}", err=True)
            sys.exit(exc.exit_code)
        except click.exceptions.ClickException as exc:
            exc.show()
            sys.exit(exc.exit_code)
        except click.exceptions.Abort:
            click.echo("Error: aborted", err=True)
            sys.exit(1)
        sys.exit(value if isinstance(value, int) else 0)

    def invoke(self, ctx: click.Context):  # noqa: ANN201
        try:
            return super().invoke(ctx)
        except BrokenPipeError:
            if not _stdout_closed():
                raise
            # The reader of our output left (``kg build | head -1``): the work is
            # done; say nothing and let the exit-time flush write to nowhere.
            devnull = os.open(os.devnull, os.O_WRONLY)
            os.dup2(devnull, sys.stdout.fileno())
            ctx.exit(0)
        except KgError as exc:
            click.echo(f"Error: {error_line(exc)}", err=True)
            ctx.exit(exit_code(exc))
        except KeyboardInterrupt:
            click.echo("Error: interrupted", err=True)
            ctx.exit(EXIT_INTERRUPTED)
        except OSError as exc:
            where = f"{printable(str(exc.filename))}: " if getattr(exc, "filename", None) else ""
            click.echo(f"Error: {where}{' '.join(str(exc.strerror or exc).split())}", err=True)
            ctx.exit(EXIT_DATA)


@click.group(
    cls=LazyGroup,
    lazy=COMMANDS,
    context_settings={"help_option_names": ["-h", "--help"], "max_content_width": 100},
)
@click.version_option(__version__, prog_name="kg")
def main() -> None:
    """kg: a knowledge graph of the 2015 decentralisation of the Dutch social domain.

    Build the graph from municipality profiles, query it with SPARQL, draw
    relationship maps, compare municipalities and publish it as linked data.

    \b
    Exit codes: 0 success, 1 bad data or failed operation, 2 bad usage,
    3 output folder locked by another build.
    """
    from kg.cli import env

    # the environment becomes explicit library settings here, once per run
    env.install_store_cache()


def _stdout_closed() -> bool:
    """True when standard output is a pipe whose reader has gone (writes give EPIPE)."""
    import select

    try:
        poller = select.poll()
        poller.register(sys.stdout.fileno(), select.POLLOUT)
        return any(events & select.POLLERR for _fd, events in poller.poll(0))
    except (OSError, ValueError, AttributeError):
        return False


if __name__ == "__main__":  # pragma: no cover
    sys.exit(main())
