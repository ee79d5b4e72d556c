//! When to try sending again, and how long to wait: exponential backoff with jitter.
//!
//! Pure: the caller passes the attempt number, what happened, and a random fraction for the
//! jitter, so the policy is tested natively and the platform only carries it out.

/// What one attempt to send ended with.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Attempt {
    /// The backend stored it: any 2xx (the reference receiver answers 201, and replays it for
    /// a submission it already has under the same key).
    Stored,
    /// No answer: the network failed, or the attempt timed out.
    NoAnswer { timed_out: bool },
    /// An HTTP status other than 2xx, with the `Retry-After` delay in seconds if one was sent.
    Status {
        code: u16,
        retry_after_secs: Option<u32>,
    },
}

/// What to do next.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Decision {
    Done,
    /// Wait this many milliseconds, then send the same bytes with the same key again.
    RetryIn {
        millis: u32,
    },
    /// Stop: retrying cannot help (another 4xx), or the attempts are used up.
    GiveUp,
}

/// The backoff settings.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Policy {
    /// Attempts in all, the first included.
    pub max_attempts: u32,
    /// The wait before the second attempt, doubled for each one after.
    pub base_millis: u32,
    /// No wait is longer than this (a `Retry-After` above it gives up instead).
    pub cap_millis: u32,
    /// How long one attempt may take before it counts as no answer.
    pub timeout_millis: u32,
}

impl Default for Policy {
    fn default() -> Policy {
        Policy {
            max_attempts: 5,
            base_millis: 1_000,
            cap_millis: 30_000,
            timeout_millis: 20_000,
        }
    }
}

/// Whether a status is worth trying again: 5xx and 429 are; other 4xx are not.
pub fn is_retryable(status: u16) -> bool {
    status == 429 || status == 408 || (500..600).contains(&status)
}

impl Policy {
    /// Decides after attempt number `attempt` (1 for the first). `jitter` is a random number in
    /// `[0, 1)`; the wait is "full jitter": a random share of the exponential delay, at least
    /// half of it, so that many clients retrying at once spread out.
    pub fn decide(self, attempt: u32, outcome: Attempt, jitter: f64) -> Decision {
        let retryable = match outcome {
            Attempt::Stored => return Decision::Done,
            Attempt::NoAnswer { .. } => true,
            Attempt::Status { code, .. } => is_retryable(code),
        };
        if !retryable || attempt >= self.max_attempts {
            return Decision::GiveUp;
        }
        if let Attempt::Status {
            retry_after_secs: Some(secs),
            ..
        } = outcome
        {
            let millis = secs.saturating_mul(1_000);
            return if millis <= self.cap_millis {
                Decision::RetryIn { millis }
            } else {
                Decision::GiveUp
            };
        }
        let exponential = self
            .base_millis
            .saturating_mul(1u32 << (attempt - 1).min(16))
            .min(self.cap_millis);
        let jitter = jitter.clamp(0.0, 1.0);
        // Half fixed, half random: never a burst at zero, never beyond the exponential delay.
        let half = f64::from(exponential) / 2.0;
        let millis = (half + half * jitter).round();
        Decision::RetryIn {
            millis: millis as u32,
        }
    }
}

/// Reads a `Retry-After` header given in seconds (the HTTP-date form is not used by our
/// receiver and counts as absent).
pub fn parse_retry_after(value: &str) -> Option<u32> {
    value.trim().parse().ok()
}

/// Why a submission could not be sent. Each has a translated message with a next step
/// (`submit-error-<code>`).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum SubmitError {
    /// No answer from the network after every retry.
    Network,
    /// Every attempt timed out.
    Timeout,
    /// The receiver failed (5xx) on every attempt.
    Server,
    /// Too many requests (429) on every attempt.
    RateLimited,
    /// The receiver refused the submission (4xx other than 429): retrying cannot help.
    Rejected,
    /// The browser cannot make the digest or the key, or the endpoint is unusable.
    Config,
}

impl SubmitError {
    pub const ALL: &'static [SubmitError] = &[
        SubmitError::Network,
        SubmitError::Timeout,
        SubmitError::Server,
        SubmitError::RateLimited,
        SubmitError::Rejected,
        SubmitError::Config,
    ];

    pub fn code(self) -> &'static str {
        match self {
            SubmitError::Network => "network",
            SubmitError::Timeout => "timeout",
            SubmitError::Server => "server",
            SubmitError::RateLimited => "rate-limited",
            SubmitError::Rejected => "rejected",
            SubmitError::Config => "config",
        }
    }
}

impl SubmitError {
    /// Whether the submission may yet arrive by sending the same bytes later: no network, no
    /// answer in time, or the receiver down or busy (after every retry). A refusal or bad
    /// settings will not change by waiting.
    pub fn is_for_the_network(self) -> bool {
        !matches!(self, SubmitError::Rejected | SubmitError::Config)
    }

    /// The error to report when retrying ends after `outcome`.
    pub fn after(outcome: Attempt) -> SubmitError {
        match outcome {
            Attempt::NoAnswer { timed_out: true } => SubmitError::Timeout,
            Attempt::NoAnswer { timed_out: false } => SubmitError::Network,
            Attempt::Status { code: 429, .. } => SubmitError::RateLimited,
            Attempt::Status { code, .. } if code >= 500 => SubmitError::Server,
            Attempt::Status { .. } | Attempt::Stored => SubmitError::Rejected,
        }
    }
}
