package org.gtlab.run;

/** The type of an experiment parameter (what a form shows and how text is parsed). */
public enum ParamType {
    /** A finite double (text: a decimal or a fraction like 1/3). */
    REAL,
    /** A long integer. */
    INTEGER,
    /** true / false. */
    BOOLEAN,
    /** One of a fixed list of words. */
    CHOICE,
    /** Free text checked by the method (for example an initial profile "0.5,0.3,0.2"). */
    TEXT
}
