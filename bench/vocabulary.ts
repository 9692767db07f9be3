/** Words that open AI term titles ("Sparse …", "Contrastive …"). */
export const MODIFIERS = `sparse dense adaptive contrastive causal masked federated hierarchical recurrent convolutional
generative discriminative multimodal bayesian stochastic differentiable quantized distilled latent residual gated
linear nonlinear speculative synthetic supervised unsupervised online offline streaming distributed parallel
continual incremental robust adversarial private differential probabilistic variational autoregressive
bidirectional positional rotary relative absolute global local grouped paged spectral temporal spatial visual
acoustic semantic syntactic lexical neural symbolic hybrid modular elastic dynamic static implicit explicit
structured weighted normalized regularized calibrated ensemble kernel graph token sequence vector tensor pipeline
expert memory prompt reward policy value preference instruction retrieval context attention diffusion energy
flow score contrastive cosine euclidean orthogonal low-rank mixed-precision zero-shot few-shot multi-head
cross-entropy self-supervised semi-supervised multi-task meta continuous discrete hard soft greedy beam nucleus
top-k lookahead chunked streaming cached compressed pruned shared tied frozen layerwise blockwise headwise
nested recursive iterative curriculum active transfer domain cross-lingual multilingual instruction-tuned`
  .split(/\s+/)
  .filter(Boolean);

/** Words that end AI term titles ("… Attention", "… Distillation"). */
export const NOUNS =
  `attention embedding tokenizer decoder encoder transformer router gate cache buffer optimizer scheduler
gradient loss regularizer sampler retriever reranker index benchmark dataset adapter policy critic agent planner
network layer head quantizer pruner distillation alignment inference evaluation calibration augmentation
normalization dropout activation initialization interpolation compression decoding search sampling clustering
classification regression segmentation detection generation translation summarization retrieval ranking tracking
forecasting imputation estimation tuning training pretraining finetuning learning probing steering watermarking
filtering deduplication tokenization parallelism sharding checkpointing offloading batching serving caching
routing gating pooling masking scaling warmup decay clipping smoothing ensembling bootstrapping labeling annotation
curation mixing merging averaging projection factorization decomposition encoding hashing quantization pruning
sparsity perplexity entropy divergence likelihood objective estimator classifier regressor autoencoder
discriminator generator predictor controller scorer verifier judge guardrail filter monitor tracer profiler
compiler kernel runtime accelerator interconnect bandwidth throughput latency footprint budget horizon window
span vocabulary codebook manifold subspace bottleneck residual skip connection mixture ensemble committee cascade
hierarchy graph tree lattice chain loop schedule curriculum distribution prior posterior`
    .split(/\s+/)
    .filter(Boolean);

/** Middle words for three-word titles ("Sparse Expert Routing"). */
export const MIDDLES = `attention expert token reward policy value context memory gradient weight feature query key
cache prompt image text audio video speech code graph vector latent layer head model data batch sequence state
action preference instruction retrieval knowledge label noise error`
  .split(/\s+/)
  .filter(Boolean);

/** Phrases for generated summaries. */
export const SUMMARY_VERBS = ['improves', 'speeds up', 'stabilizes', 'reduces the cost of', 'explains', 'measures'];
export const SUMMARY_OBJECTS = ['training', 'inference', 'evaluation', 'serving', 'fine-tuning', 'data curation'];
