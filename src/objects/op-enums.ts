// The operator numbering of the object protocol, re-exported by ops.ts (import them from there).
// A LEAF file: code that needs these values at load time (method tables built with CmpOp.Eq...)
// must not depend on ops.ts having finished evaluating, which import cycles cannot guarantee.

/** Operator numbering shared by the compiler (BINARY_OP's argument) and the VM. CPython 3.11: NB_*. */
export const enum BinOp {
  Add, And, FloorDivide, LShift, MatMul, Multiply, Remainder, Or, Power, RShift, Subtract, TrueDivide, Xor,
  InplaceAdd, InplaceAnd, InplaceFloorDivide, InplaceLShift, InplaceMatMul, InplaceMultiply,
  InplaceRemainder, InplaceOr, InplacePower, InplaceRShift, InplaceSubtract, InplaceTrueDivide, InplaceXor,
}

/** COMPARE_OP's argument. CPython: Py_LT ... Py_GE. */
export const enum CmpOp { Lt, Le, Eq, Ne, Gt, Ge }

export const enum UnaryOp { Negative, Positive, Invert, Not }

