/** The command line: thin commands that wire load, plan and render, print problems and set the exit code. */
package org.briefing.cli;
