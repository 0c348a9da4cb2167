package org.hwgrade.cli;

/** Output formats of the commands that print a listing. Lower case, as typed on the command line. */
enum Format {
    text, json
}
