// carnet's Rouge-compatible rules for julia: loaded by public/highlight.js
// (in the browser, when a page has such a block) or evaluated after it (in
// the CLI). See public/highlight.js for what the rule fields mean.
(function (H) {
  "use strict";
  var LIB = H.lib, RULES = {};
  var parts = LIB.parts, wordSet = LIB.wordSet, regexLexer = LIB.regexLexer, lexWith = LIB.lexWith, rules = LIB.rules,
    tokens = LIB.tokens, labelColon = LIB.labelColon, cNumber = LIB.cNumber;

  // Rouge's julia.rb (its x-mode regexes lose their spaces: the keyword
  // "mutable struct" is "mutablestruct" there, and so here).
  var JL_TYPES = "ARPACKException|AbstractArray|AbstractChannel|AbstractChar|AbstractDict|AbstractDisplay|AbstractFloat|AbstractIrrational|AbstractLogger|AbstractMatrix|AbstractREPL|AbstractRNG|AbstractRange|AbstractSerializer|AbstractSet|AbstractSparseArray|AbstractSparseMatrix|AbstractSparseVector|AbstractString|AbstractUnitRange|AbstractVecOrMat|AbstractVector|AbstractWorkerPool|Adjoint|Any|ArgumentError|Array|AssertionError|Base64DecodePipe|Base64EncodePipe|BasicREPL|Bidiagonal|BigFloat|BigInt|BitArray|BitMatrix|BitSet|BitVector|Bool|BoundsError|BunchKaufman|CachingPool|CapturedException|CartesianIndex|CartesianIndices|Cchar|Cdouble|Cfloat|Channel|Char|Cholesky|CholeskyPivoted|Cint|Cintmax_t|Clong|Clonglong|ClusterManager|Cmd|Colon|Complex|ComplexF16|ComplexF32|ComplexF64|CompositeException|Condition|ConsoleLogger|Cptrdiff_t|Cshort|Csize_t|Cssize_t|Cstring|Cuchar|Cuint|Cuintmax_t|Culong|Culonglong|Cushort|Cvoid|Cwchar_t|Cwstring|DataType|Date|DateFormat|DatePeriod|DateTime|Day|DenseArray|DenseMatrix|DenseVecOrMat|DenseVector|Diagonal|Dict|DimensionMismatch|Dims|DivideError|DomainError|EOFError|Eigen|Enum|ErrorException|Exception|ExponentialBackOff|Expr|FDWatcher|Factorization|FileMonitor|Float16|Float32|Float64|FolderMonitor|Function|GeneralizedEigen|GeneralizedSVD|GeneralizedSchur|GenericArray|GenericDict|GenericSet|GenericString|GitConfig|GitRepo|GlobalRef|HMAC_CTX|HTML|Hermitian|Hessenberg|Hour|IO|IOBuffer|IOContext|IOStream|IPAddr|IPv4|IPv6|IdDict|IndexCartesian|IndexLinear|IndexStyle|InexactError|InitError|Int|Int128|Int16|Int32|Int64|Int8|Integer|InterruptException|InvalidStateException|Irrational|KeyError|LAPACKException|LDLt|LQ|LU|LinRange|LineEditREPL|LineNumberNode|LinearIndices|LoadError|LogLevel|LowerTriangular|MIME|Matrix|MersenneTwister|Method|MethodError|Microsecond|Millisecond|Minute|Missing|MissingException|Module|Month|NTuple|NamedTuple|Nanosecond|Nothing|NullLogger|Number|OrdinalRange|OutOfMemoryError|OverflowError|PackageMode|PackageSpec|Pair|PartialQuickSort|Period|PermutedDimsArray|Pipe|PollingFileWatcher|PosDefException|ProcessExitedException|Ptr|QR|QRPivoted|QuoteNode|RandomDevice|RankDeficientException|Rational|RawFD|ReadOnlyMemoryError|Real|ReentrantLock|Ref|Regex|RegexMatch|RemoteChannel|RemoteException|RoundingMode|SHA1_CTX|SHA224_CTX|SHA256_CTX|SHA2_224_CTX|SHA2_256_CTX|SHA2_384_CTX|SHA2_512_CTX|SHA384_CTX|SHA3_224_CTX|SHA3_256_CTX|SHA3_384_CTX|SHA3_512_CTX|SHA512_CTX|SVD|Schur|Second|SegmentationFault|Serializer|Set|SharedArray|SharedMatrix|SharedVector|Signed|SimpleLogger|SingularException|Some|SparseMatrixCSC|SparseVector|StackOverflowError|StepRange|StepRangeLen|StreamREPL|StridedArray|StridedMatrix|StridedVecOrMat|StridedVector|String|StringIndexError|SubArray|SubString|SubstitutionString|SymTridiagonal|Symbol|Symmetric|SystemError|TCPSocket|Task|TestSetException|Text|TextDisplay|Time|TimePeriod|TimeType|TimeZone|Timer|Transpose|Tridiagonal|Tuple|Type|TypeError|TypeVar|UDPSocket|UInt|UInt128|UInt16|UInt32|UInt64|UInt8|UTC|UUID|UndefInitializer|UndefKeywordError|UndefRefError|UndefVarError|UniformScaling|Union|UnionAll|UnitLowerTriangular|UnitRange|UnitUpperTriangular|Unsigned|UpgradeLevel|UpperTriangular|Val|Vararg|VecElement|VecOrMat|Vector|VersionNumber|WeakKeyDict|WeakRef|Week|WorkerConfig|WorkerPool|Year";
  var juliaLex = regexLexer({
    root: [
      [/\n/y, ""],
      [/[^\S\n]+/y, ""],
      [/#=/y, "cm", "blockcomment"],
      [/#.*$/my, "c"],
      [/\+|=|-|\*|\/|\\|&|\||\$|~|\^|%|!|>>>|>>|<<|&&|\|\||\+=|-=|\*=|\/=|\\=|÷=|%=|\^=|&=|\|=|\$=|>>>=|>>=|<<=|==|!=|≠|<=|≤|>=|≥|\.|::|<:|->|\?|\.\*|\.\^|\.\\|\.\/|\\|<|>|÷|>:|:|===|!==|=>/y, "o"],
      [/\\\n/y, ""],
      [/\\/y, ""],
      [/(function|macro)((?:\s|\\\s)+)/y, ["k", "nf"], "funcname"],
      [/((?:mutable )?struct|(?:abstract|primitive) type)((?:\s|\\\s)+)/y, ["k", "nc"], "typename"],
      [new RegExp("\\b(?:" + JL_TYPES + ")\\b", "y"), "kt"],
      [/(?:local|global|const)\b/y, "kd"],
      [/\b(?:function|return|module|import|export|if|else|elseif|end|for|in|isa|while|try|catch|const|local|global|using|struct|mutablestruct|abstracttype|finally|begin|do|quote|macro|forouter|where)\b/y, "k"],
      [/\b(?:true|false|missing|nothing|Inf|Inf16|Inf32|Inf64|NaN|NaN16|NaN32|NaN64|stdout|stderr|stdin|devnull|pi|π|ℯ|im|ARGS|C_NULL|ENV|ENDIAN_BOM|VERSION|undef|(?:LOAD|DEPOT)_PATH)\b/y, "nb"],
      [/`.*?`/y, "sb"],
      [/'(?:\\.|\\[0-7]{1,3}|\\x[a-fA-F0-9]{1,3}|\\u[a-fA-F0-9]{1,4}|\\U[a-fA-F0-9]{1,6}|[^\\'\n])'/y, "sc"],
      // (Rouge's `(?<=[.\w)\]])'+` never sees the text before: never matches)
      [/[IL]"/y, "s", "string"],
      [/E?"/y, "s", "string"],
      [/@[\w.]+/y, "nd"],
      [/(?:[a-zA-Z_\u00A1-\uffff]|[\u1000-\u10ff])(?:[a-zA-Z_0-9\u00A1-\uffff]|[\u1000-\u10ff])*!*/y, "n"],
      [/[\[\]{}(),;]/y, "x"],
      [/(?:\d+(?:_\d+)+\.\d*|\d*\.\d+(?:_\d+)+)(?:[eEf][+-]?[0-9]+)?/y, "mf"],
      [/(?:\d+\.\d*|\d*\.\d+)(?:[eEf][+-]?[0-9]+)?/y, "mf"],
      [/\d+(?:_\d+)+[eEf][+-]?[0-9]+/y, "mf"],
      [/\d+[eEf][+-]?[0-9]+/y, "mf"],
      [/0b[01]+(?:_[01]+)*/y, "mb"],
      [/0o[0-7]+(?:_[0-7]+)*/y, "mo"],
      [/0x[a-fA-F0-9]+(?:_[a-fA-F0-9]+)*/y, "mh"],
      [/\d+(?:_\d+)*/y, "mi"],
    ],
    funcname: [
      [/[\p{L}\p{Nl}\p{S}_][\p{L}\p{M}\p{N}\p{Pc}\p{S}\p{Po}!]*/uy, "nf", "#pop"],
      [/\([^\s\w{]{1,2}\)/y, "o", "#pop"],
      [/[^\s\w{]{1,2}/y, "o", "#pop"],
    ],
    typename: [[/[\p{L}\p{Nl}\p{S}_][\p{L}\p{M}\p{N}\p{Pc}\p{S}\p{Po}!]*/uy, "nc", "#pop"]],
    stringescape: [[/\\(?:[\\abfnrtv"']|\n|N\{.*?\}|u[a-fA-F0-9]{4}|U[a-fA-F0-9]{8}|x[a-fA-F0-9]{2}|[0-7]{1,3})/y, "se"]],
    blockcomment: [[/[^=#]/y, "cm"], [/#=/y, "cm", "blockcomment"], [/=#/y, "cm", "#pop"], [/[=#]/y, "cm"]],
    string: [
      ["mixin", "stringescape"],
      [/"/y, "s", "#pop"],
      [/\\\\|\\"|\\\n/y, "se"],
      [/\$(?:\(\w+\))?[-#0 +]*(?:[0-9]+|[*])?(?:\.(?:[0-9]+|[*]))?/y, "si"],
      [/[^\\"$]+/y, "s"],
      [/["\\]/y, "s"],
      [/\$/y, "s"],
    ],
  });
  RULES.julia = { lex: lexWith(juliaLex) };

  H.define("julia", RULES);
})(globalThis.carnetHighlight);
