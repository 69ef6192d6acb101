package dev.formcheck.desk;

/** Which way a LEANING person leans: towards their own left or right, or back in the chair. */
public enum Lean { LEFT, RIGHT, BACK }
